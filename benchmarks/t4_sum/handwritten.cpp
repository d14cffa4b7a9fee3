// What a careful person writes: one forward pass keeps exp, sin and cos of every x_i and
// 1 + x_i^2; the backward pass adds each term's contribution to the two entries it touches.
#include <cmath>

#include "t4.hpp"

t4::output t4::handwritten(const input& x) {
  std::array<double, n> e, s, c, q;
  for (std::size_t i = 0; i < n; ++i) {
    e[i] = std::exp(x[i]);
    s[i] = std::sin(x[i]);
    c[i] = std::cos(x[i]);
    q[i] = 1 + x[i] * x[i];
  }
  double value = 0;
  std::array<double, n> g;
  for (std::size_t i = 0; i < n; ++i) g[i] = 2 * x[i] / q[i];  // d/dx_i log(1 + x_i^2)
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t j = i + 1 == n ? 0 : i + 1;
    const double es = e[i] * s[j];
    value += es + std::log(q[i]);
    g[i] += es;           // d/dx_i of exp(x_i) sin(x_j)
    g[j] += e[i] * c[j];  // d/dx_j of exp(x_i) sin(x_j)
  }
  return {value, g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7]};
}
