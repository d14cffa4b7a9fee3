#pragma once
// grad(f, x, y, ...): every first partial derivative at once; hessian(f, x, y, ...): every
// second one; jacobian(f, x): the derivatives of each element of a vector f. grad and the
// scalar hessian are Boost.Hana tuples of expressions, evaluated with eval() or fused with
// compile(); jacobian and the hessian in one vector variable are single tensor expressions.

#include <ctgrad/core/make.hpp>
#include <ctgrad/core/shape_of.hpp>
#include <ctgrad/diff/derivative.hpp>
#include <ctgrad/ops/broadcast.hpp>
#include <ctgrad/ops/indexing.hpp>

#include <boost/hana/tuple.hpp>

#include <cstddef>
#include <utility>

namespace ctgrad {

/// (df/dx, df/dy, ...)
template <expression F, class... X>
constexpr auto grad(F f, X... x) {
  static_assert(sizeof...(X) > 0, "ctgrad::grad(f, x, ...): name at least one variable");
  return boost::hana::make_tuple(ctgrad::d(f, x)...);
}

/// The Jacobian of a vector f (m) in x: shape (m, x's dims...), row i the gradient of f_i.
template <expression F, class X>
constexpr auto jacobian(F f, X x) {
  if constexpr (shape_of<F>::rank == 1) {
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
      return ctgrad::make<op::stack>(
          ctgrad::d(ctgrad::make<op::element<I>>(ctgrad::simplify(f)), x)...);
    }
    (std::make_index_sequence<shape_of<F>::dims[0]>{});
  } else if constexpr (detail::follows_an_error<F>) {
    return detail::stand_in_for<shape_of<F>>{};
  } else {
    static_assert(shape_of<F>::rank == 1, "ctgrad::jacobian(f, x): f must be a vector");
    return detail::stand_in_for<shape_of<F>>{};
  }
}

/// ((d2f/dxdx, d2f/dxdy, ...), (d2f/dydx, ...), ...): row i is grad(d(f, x_i), x...).
/// For one vector variable, hessian(f, x) is the n x n matrix jacobian(d(f, x), x).
template <expression F, class... X>
constexpr auto hessian(F f, X... x) {
  static_assert(sizeof...(X) > 0, "ctgrad::hessian(f, x, ...): name at least one variable");
  static_assert(
      (sizeof...(X) == 1 && ((shape_of<X>::rank <= 1) && ...)) || ((shape_of<X>::rank == 0) && ...),
      "ctgrad::hessian(f, x, ...): the variables are scalars, or there is one vector");
  if constexpr (sizeof...(X) == 1 && ((shape_of<X>::rank == 1) && ...))
    return ctgrad::jacobian(ctgrad::d(f, x...), x...);
  else
    return boost::hana::make_tuple(ctgrad::grad(ctgrad::d(f, x), x...)...);
}

}  // namespace ctgrad
