// The chain rule through Square and Exp: y = square(exp(square(x))).
// dy/dx = 2 exp(x^2) * exp(x^2) * 2x = 4 x exp(2 x^2), derived by the compiler.
#include <ctgrad/ctgrad.hpp>

#include <array>
#include <cmath>
#include <cstdio>

using namespace ctgrad;

constexpr auto x = var<"x">;
constexpr auto y = square(exp(square(x)));

// Proven at compile time: the build fails if the derivative is wrong.
static_assert(near(eval(d(y, x), x = 0.5), 3.297442541400256, 1e-12));

namespace {

bool agrees(double exact, double expected, double tolerance, const char* what) {
  const bool ok = std::abs(exact - expected) <= tolerance * std::fmax(1.0, std::abs(expected));
  if (!ok) std::printf("MISMATCH %s: %.17g vs %.17g\n", what, exact, expected);
  return ok;
}

}  // namespace

int main() {
  bool ok = true;
  const auto value_and_slope = value_and_grad(y, x);

  std::printf("y = %s\ndy/dx = %s\n", to_string(y).c_str(), to_string(d(y, x)).c_str());

  const auto [value, slope] = value_and_slope(x = 0.5);
  std::printf("x = 0.5: y = %.17g, dy/dx = %.17g\n", value, slope);
  ok &= agrees(slope, 4 * 0.5 * std::exp(2 * 0.25), 1e-15, "dy/dx at 0.5");

  // Element-wise over a vector and a matrix: the same fused program per element.
  const std::array<double, 3> vector{0.5, 1.0, 2.0};
  std::printf("dy/dx over [0.5, 1, 2]:");
  for (double u : vector) {
    const double g = value_and_slope(x = u)[1];
    std::printf(" %.17g", g);
    ok &= agrees(g, 4 * u * std::exp(2 * u * u), 1e-14, "dy/dx on the vector");
  }
  const double matrix[2][3] = {{0.5, 1.0, 2.0}, {2.1, 2.5, 3.0}};
  std::printf("\ndy/dx over [[0.5, 1, 2], [2.1, 2.5, 3]]:\n");
  for (const auto& row : matrix) {
    for (double u : row) {
      const double g = value_and_slope(x = u)[1];
      std::printf(" %.17g", g);
      ok &= agrees(g, 4 * u * std::exp(2 * u * u), 1e-14, "dy/dx on the matrix");
    }
    std::printf("\n");
  }

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
