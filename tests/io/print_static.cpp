// Printing as text and LaTeX, compared at compile time.
#include <ctgrad/ctgrad.hpp>

#include <type_traits>

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

namespace {
// A constant reads back as itself in every position: -2 is a negation and -2/3 reads as
// (-2)/3, so each gets parentheses exactly where a negation or a quotient would (issue 15).
constexpr auto n = c<-2>;     // negative integer
constexpr auto q = c<-2, 3>;  // negative fraction
constexpr auto p = c<2, 3>;   // positive fraction
// Nodes the operators would fold, written as types: -(-2), x^(-2/3) with an expression power.
using X = std::remove_const_t<decltype(x)>;

static_assert(to_string(y / q) == "y/(-2/3)");
static_assert(to_string(d(x * (y / q), x)) == "y/(-2/3)");
static_assert(to_string(y / p) == "y/(2/3)");
static_assert(to_latex(y / q) == "\\frac{y}{-\\frac{2}{3}}");

static_assert(to_string(x + n) == "x + -2" && to_string(n + x) == "-2 + x");
static_assert(to_string(x + q) == "x + -2/3" && to_string(q + x) == "-2/3 + x");
static_assert(to_string(x - n) == "x - -2" && to_string(n - x) == "-2 - x");
static_assert(to_string(x - q) == "x - -2/3" && to_string(q - x) == "-2/3 - x");
static_assert(to_string(x - p) == "x - 2/3" && to_string(p - x) == "2/3 - x");
static_assert(to_string(x * n) == "x*-2" && to_string(n * x) == "-2*x");
static_assert(to_string(x * q) == "x*-2/3" && to_string(q * x) == "-2/3*x");
static_assert(to_string(x / n) == "x/-2" && to_string(n / x) == "-2/x");
static_assert(to_string(q / x) == "-2/3/x" && to_string(p / x) == "2/3/x");
static_assert(to_string(pow(n, x)) == "(-2)^x" && to_string(pow(q, x)) == "(-2/3)^x");
static_assert(to_string(pow(p, x)) == "(2/3)^x" && to_string(pow(q, c<1, 3>)) == "(-2/3)^(1/3)");
static_assert(to_string(pow(x, n)) == "x^(-2)" && to_string(pow(x, q)) == "x^(-2/3)");
static_assert(to_string(node_of<op::pow, X, constant<-2, 3>>{}) == "x^(-2/3)");
static_assert(to_string(node_of<op::negate, constant<-2>>{}) == "-(-2)");
static_assert(to_string(node_of<op::negate, constant<-2, 3>>{}) == "-(-2/3)");
static_assert(to_string(node_of<op::negate, constant<2, 3>>{}) == "-(2/3)");
static_assert(to_string(sin(q)) == "sin(-2/3)" && to_string(exp(n)) == "exp(-2)");

static_assert(to_latex(x - q) == "x - -\\frac{2}{3}");
static_assert(to_latex(x * q) == "x \\cdot -\\frac{2}{3}");
static_assert(to_latex(q / x) == "\\frac{-\\frac{2}{3}}{x}");
static_assert(to_latex(pow(q, x)) == "{\\left(-\\frac{2}{3}\\right)}^{x}");
static_assert(to_latex(pow(n, x)) == "{\\left(-2\\right)}^{x}");
static_assert(to_latex(pow(x, q)) == "{x}^{-\\frac{2}{3}}");
static_assert(to_latex(node_of<op::negate, constant<-2, 3>>{}) == "-\\left(-\\frac{2}{3}\\right)");
static_assert(to_latex(sin(q)) == "\\sin\\left(-\\frac{2}{3}\\right)");
}  // namespace
