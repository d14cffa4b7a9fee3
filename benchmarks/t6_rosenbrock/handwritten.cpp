// What a careful person writes for n = 4: the forward pass keeps each term's
// t_i = x_{i+1} - x_i^2 and u_i = 1 - x_i; the gradient and the (tridiagonal) Hessian reuse them,
// and every output is written exactly once.
#include "t6.hpp"

t6::output t6::handwritten(const input& x) {
  const double t0 = x[1] - x[0] * x[0], u0 = 1 - x[0];
  const double t1 = x[2] - x[1] * x[1], u1 = 1 - x[1];
  const double t2 = x[3] - x[2] * x[2], u2 = 1 - x[2];
  const double value = (100 * t0 * t0 + u0 * u0) + (100 * t1 * t1 + u1 * u1) +
                       (100 * t2 * t2 + u2 * u2);
  // d/dx_i of term i: -400 x_i t_i - 2 u_i; d/dx_{i+1} of term i: 200 t_i.
  const double g0 = -400 * x[0] * t0 - 2 * u0;
  const double g1 = 200 * t0 - 400 * x[1] * t1 - 2 * u1;
  const double g2 = 200 * t1 - 400 * x[2] * t2 - 2 * u2;
  const double g3 = 200 * t2;
  // d2/dx_i^2 of term i: 800 x_i^2 - 400 t_i + 2; d2/dx_i dx_{i+1}: -400 x_i; d2/dx_{i+1}^2: 200.
  const double h00 = 800 * x[0] * x[0] - 400 * t0 + 2;
  const double h11 = 200 + (800 * x[1] * x[1] - 400 * t1 + 2);
  const double h22 = 200 + (800 * x[2] * x[2] - 400 * t2 + 2);
  const double h01 = -400 * x[0], h12 = -400 * x[1], h23 = -400 * x[2];
  return {value, g0,  g1,  g2,  g3,          //
          h00,   h01, 0,   0,                //
          h01,   h11, h12, 0,                //
          0,     h12, h22, h23,              //
          0,     0,   h23, 200};
}
