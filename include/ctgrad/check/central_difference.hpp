#pragma once
// Central differences, the independent check of every derivative the library derives:
//   f'(x) ~ (f(x + h) - f(x - h)) / (2h),  error O(h^2) plus rounding O(eps / h).

#include <ctgrad/core/expression.hpp>
#include <ctgrad/eval/eval.hpp>

namespace ctgrad {
namespace detail {

template <class X, class B, class T>
constexpr auto shifted(const B& b, const T& delta) {
  if constexpr (B::name == X::name) return binding<B::name, decltype(b.value + delta)>{b.value + delta};
  else return b;
}

}  // namespace detail

/// The central difference of a callable of one number at x with step h.
template <class F, class T>
constexpr T central_difference(F f, T x, T h) {
  return (f(x + h) - f(x - h)) / (T(2) * h);
}

/// The central difference of expression f in symbol x with step h, at the given bindings
/// (which must include x's).
template <expression F, class X, class T, class... B>
constexpr auto central_difference(F f, X, T h, const B&... bindings) {
  static_assert(is_symbol<X>, "ctgrad::central_difference(f, x, h, ...): x must be a variable");
  static_assert(detail::is_bound<X, B...> ||
                    detail::reject<error::no_binding_for_variable<detail::spelled<X::name>>>,
                "ctgrad::central_difference: the variable differentiated in has no binding");
  // The callable form's formula, over the shift of x's bound value.
  return central_difference(
      [&](T delta) { return eval(f, detail::shifted<X>(bindings, delta)...); }, T(0), h);
}

}  // namespace ctgrad
