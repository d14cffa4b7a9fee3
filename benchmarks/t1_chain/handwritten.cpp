// What a careful person writes: the forward pass keeps its intermediates, backprop reuses them.
#include <cmath>

#include "t1.hpp"

t1_result t1_handwritten(double x) {
  const double u = x * x;
  const double e = std::exp(u);
  const double y = e * e;
  // dy/de = 2e, de/du = e, du/dx = 2x
  return {y, 2 * e * e * 2 * x};
}
