// Printing as text and LaTeX, compared at compile time.
#include <ctgrad/ctgrad.hpp>

using namespace ctgrad;

namespace {

constexpr auto x = var<"x">;
constexpr auto y = var<"y">;
constexpr auto w0 = var<"W0">;

// Parentheses only where precedence needs them.
static_assert(to_string(x + y * x) == "x + y*x");
static_assert(to_string((x + y) * x) == "(x + y)*x");
static_assert(to_string(x - (y - x)) == "x - (y - x)");
static_assert(to_string((x - y) - x) == "x - y - x");
static_assert(to_string(x / (y * x)) == "x/(y*x)");
static_assert(to_string(x * y / x) == "x*y/x");
static_assert(to_string(-(x + y)) == "-(x + y)");
static_assert(to_string(-square(x)) == "-x^2");
static_assert(to_string(square(-x)) == "(-x)^2");
static_assert(to_string(square(x + y)) == "(x + y)^2");
static_assert(to_string(pow(x, c<1, 2>)) == "x^(1/2)");
static_assert(to_string(pow(x, -1_c)) == "x^(-1)");
static_assert(to_string(pow(x, y)) == "x^y");
static_assert(to_string(exp(-x) * w0) == "exp(-x)*W0");
static_assert(to_string(0.25_c * x) == "1/4*x");
static_assert(to_string(x + -2_c) == "x + -2");
static_assert(to_string(sigmoid(x) + relu(y) + abs(x) + tanh(y) + sqrt(x)) ==
              "sigmoid(x) + relu(y) + abs(x) + tanh(y) + sqrt(x)");

// LaTeX.
static_assert(to_latex(x / y) == "\\frac{x}{y}");
static_assert(to_latex(exp(square(x))) == "e^{{x}^{2}}");
static_assert(to_latex(sqrt(x) * y) == "\\sqrt{x} \\cdot y");
static_assert(to_latex(pow(x + y, c<-1, 2>)) == "{\\left(x + y\\right)}^{-\\frac{1}{2}}");
static_assert(to_latex(abs(x)) == "\\left|x\\right|");
static_assert(to_latex(0.5_c * log(x)) == "\\frac{1}{2} \\cdot \\log\\left(x\\right)");

}  // namespace

namespace {
// Powers of powers are never ambiguous.
static_assert(to_string(pow(pow(x, y), w0)) == "(x^y)^W0");
static_assert(to_string(pow(x, pow(y, w0))) == "x^(y^W0)");
static_assert(to_string(pow(square(x), y)) == "(x^2)^y");
static_assert(to_string(square(pow(x, y))) == "(x^y)^2");
}  // namespace
