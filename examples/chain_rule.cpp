// The chain rule through Square and Exp: y = square(exp(square(x))).
// dy/dx = 2 exp(x^2) * exp(x^2) * 2x = 4 x exp(2 x^2), derived by the compiler.
#include <ctgrad/ctgrad.hpp>

#include <cmath>
#include <cstddef>
#include <cstdio>

using namespace ctgrad;

// The forward expression, written once; it applies element-wise to a vector or a matrix.
constexpr auto chain(auto u) { return square(exp(square(u))); }

constexpr auto x = var<"x">;
constexpr auto y = chain(x);

// The same chain over a vector and a 2x3 matrix. y is then a tensor, and d(sum(y), v) is the
// derivative of each element of y in its own element of v (the element-wise derivative).
constexpr auto v = var<"v", 3>;
constexpr auto M = var<"M", 2, 3>;
constexpr auto dy_dv = d(sum(chain(v)), v);
constexpr auto dy_dM = d(sum(chain(M)), M);

// Proven at compile time: the build fails if the derivative is wrong.
static_assert(near(eval(d(y, x), x = 0.5), 3.297442541400256, 1e-12));
static_assert(near(eval(dy_dv, v = tensor<double, 3>{0.5, 1.0, 2.0})[0], 3.297442541400256, 1e-12));

namespace {

bool agrees(double exact, double expected, double tolerance, const char* what) {
  const bool ok = std::abs(exact - expected) <= tolerance * std::fmax(1.0, std::abs(expected));
  if (!ok) std::printf("MISMATCH %s: %.17g vs %.17g\n", what, exact, expected);
  return ok;
}

// One element of a shaped derivative, printed beside the central difference of y at that
// element, and checked against it, the scalar program's derivative and 4 u exp(2 u^2).
template <class Program>
bool element_agrees(const char* name, double u, double element, const Program& scalar) {
  const double numeric = central_difference(y, x, 1e-6 * std::fmax(1.0, u), x = u);
  std::printf("  %s = %.17g: dy = %.17g, central difference %.17g\n", name, u, element, numeric);
  return agrees(element, scalar(x = u)[1], 1e-15, name) &&
         agrees(element, 4 * u * std::exp(2 * u * u), 1e-14, name) &&
         agrees(element, numeric, 1e-7, name);
}

}  // namespace

int main() {
  bool ok = true;
  const auto value_and_slope = value_and_grad(y, x);

  std::printf("y = %s\ndy/dx = %s\n", to_string(y).c_str(), to_string(d(y, x)).c_str());

  const auto [value, slope] = value_and_slope(x = 0.5);
  std::printf("x = 0.5: y = %.17g, dy/dx = %.17g\n", value, slope);
  ok &= agrees(slope, 4 * 0.5 * std::exp(2 * 0.25), 1e-15, "dy/dx at 0.5");

  // Element-wise over a vector and a matrix: one program per shape. Each element is checked
  // against the scalar derivative, the hand-derived 4 u exp(2 u^2) and a central difference.
  const tensor<double, 3> vector{0.5, 1.0, 2.0};
  const tensor<double, 2, 3> matrix{0.5, 1.0, 2.0, 2.1, 2.5, 3.0};
  const auto [vector_y, vector_slope] = value_and_grad(sum(chain(v)), v)(v = vector);
  std::printf("\nv = [0.5, 1, 2], dy/dv element-wise = d(sum(y), v) = %s (sum(y) = %.17g)\n",
              to_string(dy_dv).c_str(), vector_y);
  const char* vector_names[] = {"v[0]", "v[1]", "v[2]"};
  for (std::size_t i = 0; i < 3; ++i)
    ok &= element_agrees(vector_names[i], vector[i], vector_slope[i], value_and_slope);

  const auto matrix_slope = eval(dy_dM, M = matrix);
  std::printf("M = [[0.5, 1, 2], [2.1, 2.5, 3]], dy/dM element-wise = d(sum(y), M) = %s\n",
              to_string(dy_dM).c_str());
  const char* matrix_names[] = {"M(0,0)", "M(0,1)", "M(0,2)", "M(1,0)", "M(1,1)", "M(1,2)"};
  for (std::size_t k = 0; k < 6; ++k)
    ok &= element_agrees(matrix_names[k], matrix[k], matrix_slope[k], value_and_slope);
  std::printf("\n");

  // Central differences beside the exact values.
  const double numeric = central_difference(y, x, 1e-4, x = 0.5);
  std::printf("central difference (eps = 1e-4) at 0.5: %.17g (exact %.17g)\n", numeric, slope);
  ok &= agrees(numeric, slope, 1e-7, "central difference of y");
  const double affine = central_difference([](double u) { return 10 * u - 5; }, 10.0, 1e-4);
  std::printf("central difference of 10x - 5 at x = 10: %.17g (exact 10)\n", affine);
  ok &= agrees(affine, 10.0, 1e-9, "central difference of 10x - 5");

  std::printf("%s\n", ok ? "all derivatives agree" : "DERIVATIVES DISAGREE");
  return ok ? 0 : 1;
}
