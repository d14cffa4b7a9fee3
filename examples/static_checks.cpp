// Derivatives proven by the compiler: this program builds only if every line holds.
#include <ctgrad/ctgrad.hpp>

#include <cstdio>

using namespace ctgrad;

namespace {

constexpr auto x = var<"x">;
constexpr auto y = var<"y">;

// Values of derivatives of the elementary functions at chosen points.
static_assert(eval(d(square(x), x), x = 3.0) == 6.0);
static_assert(eval(d(pow(x, 3_c), x), x = 2.0) == 12.0);
static_assert(eval(d(1_c / x, x), x = 2.0) == -0.25);
static_assert(near(eval(d(exp(x), x), x = 1.0), 2.718281828459045, 1e-15));
static_assert(near(eval(d(log(x), x), x = 4.0), 0.25, 1e-16));
static_assert(near(eval(d(sqrt(x), x), x = 4.0), 0.25, 1e-16));
static_assert(near(eval(d(sin(x), x), x = 0.0), 1.0, 1e-16));
static_assert(near(eval(d(cos(x), x), x = 0.0), 0.0, 1e-16));
static_assert(near(eval(d(tanh(x), x), x = 0.0), 1.0, 1e-16));
static_assert(near(eval(d(sigmoid(x), x), x = 0.0), 0.25, 1e-16));
static_assert(eval(d(relu(x), x), x = -1.0) == 0.0 && eval(d(relu(x), x), x = 2.0) == 1.0);
static_assert(eval(d(abs(x), x), x = -3.0) == -1.0);
static_assert(near(eval(d(square(exp(square(x))), x), x = 0.5), 3.297442541400256, 1e-12));

// Second derivatives and mixed partials.
static_assert(eval(d(d(pow(x, 4_c), x), x), x = 1.0) == 12.0);
static_assert(eval(d(d(x * x * y, x), y), x = 3.0, y = 5.0) == 6.0);
static_assert(near(eval(d(d(sin(x * y), x), y), x = 0.0, y = 2.0), 1.0, 1e-15));

// The fused program runs at compile time as well.
constexpr auto rosenbrock = square(1_c - x) + 100_c * square(y - square(x));
static_assert(value_and_grad(rosenbrock, x, y)(x = 1.0, y = 1.0)[1] == 0.0);
static_assert(value_and_grad(rosenbrock, x, y)(x = 0.0, y = 0.0)[1] == -2.0);

// Printed forms of simple derivatives.
static_assert(to_string(d(x * x, x)) == "2*x");
static_assert(to_string(d(x * y + y, y)) == "x + 1");
static_assert(to_string(d(exp(2_c * x), x)) == "2*exp(2*x)");
static_assert(to_string(d(log(x), x)) == "1/x");
static_assert(to_string(d(sigmoid(x), x)) == "sigmoid(x)*(1 - sigmoid(x))");
static_assert(to_string(d(tanh(x), x)) == "1 - tanh(x)^2");
static_assert(to_latex(d(sqrt(x), x)) == R"(\frac{1}{2 \cdot \sqrt{x}})");

// A derivative with respect to an absent variable is exactly zero, as a type.
static_assert(std::is_same_v<decltype(d(exp(x), y)), zero>);

// Expressions are types, not data.
static_assert(sizeof(d(square(exp(square(x))), x)) == 1);

}  // namespace

int main() {
  std::printf("%s\n", "every static_assert in this program holds: it compiled");
  std::printf("d/dx exp(x^2)^2 = %s\n", to_string(d(square(exp(square(x))), x)).c_str());
  return 0;
}
