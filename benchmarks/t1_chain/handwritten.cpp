// What a careful person writes: the forward pass keeps its intermediates, backprop reuses them.
#include <cmath>

#include "t1.hpp"

t1::output t1::handwritten(const input& in) {
  const double x = in[0];
  const double u = x * x;
  const double e = std::exp(u);
  const double y = e * e;
  // dy/de = 2e, de/du = e, du/dx = 2x: dy/dx = 4 e^2 x = 4 y x.
  return {y, 4 * y * x};
}
