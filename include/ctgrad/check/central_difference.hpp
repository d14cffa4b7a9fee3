#pragma once
// Central differences, the independent check of every derivative the library derives:
//   f'(x) ~ (f(x + h) - f(x - h)) / (2h),  error O(h^2) plus rounding O(eps / h).

#include <ctgrad/core/expression.hpp>
#include <ctgrad/eval/eval.hpp>
#include <ctgrad/tensor/tensor.hpp>

#include <cstddef>
#include <type_traits>

namespace ctgrad {
namespace detail {

/// b with element k of its value moved by delta when b binds X; any other binding as it is.
template <class X, class B, class T>
constexpr auto shifted(const B& b, std::size_t k, const T& delta) {
  if constexpr (B::name != X::name) {
    return b;
  } else if constexpr (is_tensor<std::remove_cvref_t<decltype(b.value)>>) {
    // Shifted in the type of value + delta, as a scalar is: an int or float tensor must not
    // round the step away.
    return [&]<class U, std::size_t... D>(const tensor<U, D...>& value) {
      tensor<decltype(value.elements[0] + delta), D...> moved{};
      for (std::size_t i = 0; i < moved.size; ++i) moved.elements[i] = value.elements[i];
      moved.elements[k] += delta;
      return binding<B::name, decltype(moved)>{moved};
    }(b.value);
  } else {
    return binding<B::name, decltype(b.value + delta)>{b.value + delta};
  }
}

}  // namespace detail

/// The central difference of a callable of one number at x with step h.
template <class F, class T>
constexpr T central_difference(F f, T x, T h) {
  return (f(x + h) - f(x - h)) / (T(2) * h);
}

/// The central difference of a scalar expression f in element k (row-major) of the symbol x
/// with step h, at the given bindings (which must include x's).
template <expression F, class X, class T, class... B>
constexpr auto central_difference(F f, X, std::size_t k, T h, const B&... bindings) {
  static_assert(is_symbol<X>, "ctgrad::central_difference(f, x, h, ...): x must be a variable");
  static_assert(detail::name_set<sizeof...(B)>{{B::name.view()...}}.contains(X::name.view()) ||
                    detail::reject<error::no_binding_for_variable<detail::spelled<X::name>>>,
                "ctgrad::central_difference: the variable differentiated in has no binding");
  // The callable form's formula, over the shift of x's bound value.
  return central_difference(
      [&](T delta) { return eval(f, detail::shifted<X>(bindings, k, delta)...); }, T(0), h);
}

/// The central difference of a scalar expression f in the scalar symbol x with step h.
template <expression F, class X, class T, class... B>
requires(!std::is_integral_v<T>) constexpr auto central_difference(F f, X x, T h,
                                                                   const B&... bindings) {
  return central_difference(f, x, std::size_t{0}, h, bindings...);
}

}  // namespace ctgrad
