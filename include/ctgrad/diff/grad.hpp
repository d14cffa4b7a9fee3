#pragma once
// grad(f, x, y, ...): every first partial derivative at once; hessian(f, x, y, ...): every
// second one; jacobian(f, x): the derivatives of each element of a vector f. grad and the
// scalar hessian are Boost.Hana tuples of expressions, evaluated with eval() or fused with
// compile(); jacobian and the hessian in one vector variable are single tensor expressions.

#include <ctgrad/core/make.hpp>
#include <ctgrad/core/shape_of.hpp>
#include <ctgrad/core/symbol.hpp>
#include <ctgrad/core/symbols_of.hpp>
#include <ctgrad/diff/derivative.hpp>
#include <ctgrad/ops/broadcast.hpp>
#include <ctgrad/ops/indexing.hpp>
#include <ctgrad/ops/linear_algebra.hpp>
#include <ctgrad/ops/reductions.hpp>

#include <boost/hana/tuple.hpp>

#include <cstddef>
#include <utility>

namespace ctgrad {

/// (df/dx, df/dy, ...)
template <expression F, class... X>
constexpr auto grad(F f, X... x) {
  static_assert(sizeof...(X) > 0, "ctgrad::grad(f, x, ...): name at least one variable");
  return []<class... D>(detail::type_list<D...>) {
    return boost::hana::make_tuple(D{}...);
  }(detail::derivatives(f, x...));
}

namespace error {
template <class Shape>
struct jacobian_seed_name_taken {};
}  // namespace error

namespace detail {

/// The Jacobian a row per element of f: row i is d(f_i, x), one reverse sweep over f each.
template <class F, class X>
constexpr auto jacobian_by_rows(F f, X x) {
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    return ctgrad::make<op::stack>(
        ctgrad::d(ctgrad::make<op::element<I>>(ctgrad::simplify(f)), x)...);
  }
  (std::make_index_sequence<shape_of<F>::dims[0]>{});
}

/// The variable jacobian_by_columns pairs with the elements of f, named so that no user's
/// variable is likely to share its name.
template <class F>
using jacobian_seed = symbol<"ctgrad::jacobian seed", symbol_role::variable, shape_of<F>>;

/// The Jacobian a column per element of x (a scalar or a vector), by reverse sweeps only.
/// g(v) = d(sum(v * f), x) is the vector-Jacobian product v^T J; it is linear in v, so its
/// derivative in v, d(g_j, v), is column j of J. That is one sweep over f and one over g per
/// element of x, however many elements f has, where the rows take one sweep over f per element.
/// The columns are f-shaped tensors; stacked, they are J transposed.
template <class F, class X>
constexpr auto jacobian_by_columns(F f, X x) {
  using seed = jacobian_seed<F>;
  static_assert(
      !contains<seed, symbols_of<F>> || reject<error::jacobian_seed_name_taken<shape_of<F>>>,
      "ctgrad::jacobian(f, x): f uses a variable named \"ctgrad::jacobian seed\", "
      "the name jacobian() gives its own; rename it");
  using adjoint =
      decltype(ctgrad::d(ctgrad::sum(ctgrad::make<op::multiply>(seed{}, ctgrad::simplify(f))), x));
  if constexpr (shape_of<X>::rank == 0) {
    return ctgrad::d(adjoint{}, seed{});
  } else {
    return [&]<std::size_t... J>(std::index_sequence<J...>) {
      return ctgrad::make<op::transpose>(
          ctgrad::make<op::stack>(ctgrad::d(ctgrad::make<op::element<J>>(adjoint{}), seed{})...));
    }
    (std::make_index_sequence<shape_of<X>::dims[0]>{});
  }
}

}  // namespace detail

/// The Jacobian of a vector f (m) in x: shape (m, x's dims...), row i the gradient of f_i.
/// Built a column at a time when x is a scalar or a vector of fewer than m elements (residuals
/// in a few parameters): a reverse sweep per element of x rather than per element of f.
/// Otherwise a row at a time.
template <expression F, class X>
constexpr auto jacobian(F f, X x) {
  if constexpr (shape_of<F>::rank == 1) {
    if constexpr (shape_of<X>::rank <= 1 && shape_of<X>::size < shape_of<F>::dims[0])
      return detail::jacobian_by_columns(f, x);
    else
      return detail::jacobian_by_rows(f, x);
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
    return [&]<class... D>(detail::type_list<D...>) {
      return boost::hana::make_tuple(ctgrad::grad(D{}, x...)...);
    }(detail::derivatives(f, x...));
}

}  // namespace ctgrad
