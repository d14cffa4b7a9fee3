#pragma once
// grad(f, x, y, ...): every first partial derivative at once; hessian(f, x, y, ...): every
// second one. Results are Boost.Hana tuples of expressions, evaluated with eval() or fused
// with compile().

#include <ctgrad/diff/derivative.hpp>

#include <boost/hana/tuple.hpp>

namespace ctgrad {

/// (df/dx, df/dy, ...)
template <expression F, class... X>
constexpr auto grad(F f, X... x) {
  static_assert(sizeof...(X) > 0, "ctgrad::grad(f, x, ...): name at least one variable");
  return boost::hana::make_tuple(d(f, x)...);
}

/// ((d2f/dxdx, d2f/dxdy, ...), (d2f/dydx, ...), ...): row i is grad(d(f, x_i), x...).
template <expression F, class... X>
constexpr auto hessian(F f, X... x) {
  static_assert(sizeof...(X) > 0, "ctgrad::hessian(f, x, ...): name at least one variable");
  return boost::hana::make_tuple(grad(d(f, x), x...)...);
}

}  // namespace ctgrad
