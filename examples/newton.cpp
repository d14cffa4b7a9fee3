// Newton's method on the Rosenbrock function with the library's gradient and Hessian:
//   f(x, y) = (1 - x)^2 + 100 (y - x^2)^2,  minimum 0 at (1, 1).
#include <ctgrad/ctgrad.hpp>

#include <cmath>
#include <cstddef>
#include <cstdio>

using namespace ctgrad;

namespace {

constexpr auto x = var<"x">;
constexpr auto y = var<"y">;
constexpr auto f = square(1_c - x) + 100_c * square(y - square(x));

// The second derivatives, checked against central differences of the first.
bool hessian_agrees(double u, double v) {
  const auto h = eval(hessian(f, x, y), x = u, y = v);
  const auto g = grad(f, x, y);
  const double step = 1e-5;
  const double numeric[2][2] = {
      {central_difference(boost::hana::at_c<0>(g), x, step, x = u, y = v),
       central_difference(boost::hana::at_c<0>(g), y, step, x = u, y = v)},
      {central_difference(boost::hana::at_c<1>(g), x, step, x = u, y = v),
       central_difference(boost::hana::at_c<1>(g), y, step, x = u, y = v)}};
  bool ok = true;
  for (std::size_t i = 0; i < 2; ++i)
    for (std::size_t j = 0; j < 2; ++j) {
      const double error = std::abs(h[i][j] - numeric[i][j]) / std::fmax(1.0, std::abs(h[i][j]));
      std::printf("  H[%zu][%zu] = %.17g, central difference %.17g\n", i, j, h[i][j], numeric[i][j]);
      ok &= error < 1e-7;
    }
  return ok;
}

}  // namespace

int main() {
  std::printf("f = %s\ndf/dx = %s\ndf/dy = %s\n", to_string(f).c_str(),
              to_string(d(f, x)).c_str(), to_string(d(f, y)).c_str());

  double u = -1.2;
  double v = 1.0;
  bool ok = check_gradient(f, x = u, y = v).passed(1e-8) && hessian_agrees(u, v);

  const auto gradient = value_and_grad(f, x, y);
  const auto hessian_of_f = hessian(f, x, y);
  for (int iteration = 0; iteration < 50; ++iteration) {
    const auto [value, gx, gy] = gradient(x = u, y = v);
    std::printf("iteration %2d: x = %.17g, y = %.17g, f = %.17g\n", iteration, u, v, value);
    if (std::hypot(gx, gy) < 1e-12) break;
    // Solve H p = -g for the Newton step.
    const auto h = eval(hessian_of_f, x = u, y = v);
    const double det = h[0][0] * h[1][1] - h[0][1] * h[1][0];
    u -= (h[1][1] * gx - h[0][1] * gy) / det;
    v -= (h[0][0] * gy - h[1][0] * gx) / det;
  }
  const bool converged = std::abs(u - 1) < 1e-12 && std::abs(v - 1) < 1e-12;
  std::printf("minimum found at (%.17g, %.17g)%s\n", u, v, converged ? "" : " -- NOT CONVERGED");
  ok &= converged;
  std::printf("%s\n", ok ? "all derivatives agree" : "DERIVATIVES DISAGREE");
  return ok ? 0 : 1;
}
