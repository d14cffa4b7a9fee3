#pragma once
// Compile-cost family "curve_fit" (benchmarks/tools/compile_costs.py): the residuals of a
// nonlinear least-squares fit at CTGRAD_POINTS points, as a user would write them for
// Gauss-Newton or Levenberg-Marquardt with ctgrad:
//   r = y - (p0 exp(-p1 x) + p2 sin(p3 x))
// with the data x, y vector parameters of CTGRAD_POINTS elements and the model's four
// parameters the vector variable p. The differentiated function is compile_costs::function,
// the residual vector r; it has the same nodes at every size (its operations are element-wise).
#include <ctgrad/ctgrad.hpp>

#include <cstddef>

#ifndef CTGRAD_POINTS
#define CTGRAD_POINTS 20
#endif

namespace compile_costs::curve_fit {

using namespace ctgrad;

inline constexpr std::size_t points = CTGRAD_POINTS;

inline constexpr auto x = param<"x", points>;
inline constexpr auto y = param<"y", points>;
inline constexpr auto p = var<"p", 4>;

inline constexpr auto model =
    element<0>(p) * exp(-element<1>(p) * x) + element<2>(p) * sin(element<3>(p) * x);
inline constexpr auto residuals = y - model;

}  // namespace compile_costs::curve_fit

namespace compile_costs {
inline constexpr auto function = curve_fit::residuals;
}  // namespace compile_costs
