// Compile-cost TU (benchmarks/tools/compile_costs.py): the residuals of the curve fit in
// curve_fit.hpp and their Jacobian with respect to the model parameters, CTGRAD_POINTS points
// (-DCTGRAD_POINTS=100), one fused program called from a non-inline function.
#include "curve_fit.hpp"

#include <tuple>

using compile_costs::curve_fit::points;

std::tuple<ctgrad::tensor<double, points>, ctgrad::tensor<double, points, 4>>
curve_fit_residuals_and_jacobian(const ctgrad::tensor<double, 4>& parameters,
                                 const ctgrad::tensor<double, points>& xs,
                                 const ctgrad::tensor<double, points>& ys) {
  using namespace compile_costs::curve_fit;
  constexpr auto program = ctgrad::compile(residuals, ctgrad::jacobian(residuals, p));
  return program(p = parameters, x = xs, y = ys);
}
