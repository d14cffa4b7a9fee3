#pragma once
// check_gradient(f, x = ..., y = ...): the library's derivative of f in each variable compared
// with a central difference, every element of a tensor variable, reporting the worst error per
// variable. Parameters are not checked.

#include <ctgrad/check/central_difference.hpp>
#include <ctgrad/core/symbols_of.hpp>
#include <ctgrad/math.hpp>
#include <ctgrad/program/program.hpp>
#include <ctgrad/tensor/tensor.hpp>

#include <array>
#include <cstddef>
#include <limits>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

namespace ctgrad {

/// One variable's comparison, element by element for a tensor variable:
/// error = |analytic - numeric| / max(1, |analytic|, |numeric|), a relative error that stays
/// meaningful near zero, reported for the worst element (its row-major position, and both
/// values there); mean_absolute_difference averages |analytic - numeric| over the elements.
template <class T>
struct gradient_check_entry {
  std::string_view variable;
  T analytic;
  T numeric;
  T error;
  std::size_t element = 0;
  T mean_absolute_difference = T(0);
};

template <class T, std::size_t N>
struct gradient_check {
  std::array<gradient_check_entry<T>, N> entries;

  /// The largest error; NaN if any error is NaN (a NaN must never pass a check).
  [[nodiscard]] constexpr T worst_error() const {
    T worst = 0;
    for (const auto& e : entries) {
      if (e.error != e.error) return e.error;
      worst = e.error > worst ? e.error : worst;
    }
    return worst;
  }
  [[nodiscard]] constexpr bool passed(T tolerance) const { return worst_error() <= tolerance; }
};

namespace detail {

template <class List>
struct variables_only;
template <class... S>
struct variables_only<type_list<S...>> {
  template <class Acc, class... Rest>
  struct filter {
    using type = Acc;
  };
  template <class... Acc, class First, class... Rest>
  struct filter<type_list<Acc...>, First, Rest...> {
    using type = typename filter<std::conditional_t<First::role == symbol_role::variable,
                                                    type_list<Acc..., First>, type_list<Acc...>>,
                                 Rest...>::type;
  };
  using type = typename filter<type_list<>, S...>::type;
};

template <class T>
constexpr T abs_value(T v) {
  return v < T(0) ? -v : v;
}

template <class T>
constexpr T relative_difference(T a, T b) {
  T scale = T(1);
  if (abs_value(a) > scale) scale = abs_value(a);
  if (abs_value(b) > scale) scale = abs_value(b);
  return abs_value(a - b) / scale;
}

// h = eps^(1/3) * max(1, |x|) balances truncation O(h^2) against rounding O(eps/h).
template <class T>
constexpr T difference_step(T x) {
  const T base = math::pow(std::numeric_limits<T>::epsilon(), T(1) / T(3));
  return base * (abs_value(x) > T(1) ? abs_value(x) : T(1));
}

template <class X, class B, class T>
constexpr void take_element(const B& b, std::size_t k, T& out) {
  if constexpr (B::name == X::name) {
    if constexpr (is_tensor<std::remove_cvref_t<decltype(b.value)>>)
      out = static_cast<T>(b.value.elements[k]);
    else
      out = static_cast<T>(b.value);
  }
}

template <class T, class V, class F, class G, class... B>
constexpr gradient_check_entry<T> compare_one(F f, const G& analytic, const B&... bindings) {
  constexpr std::size_t size = V::shape_type::size;
  gradient_check_entry<T> worst{V::name.view(), T(0), T(0), T(-1)};
  T total_difference = T(0);
  for (std::size_t k = 0; k < size; ++k) {
    T x{};
    (take_element<V>(bindings, k, x), ...);
    const T numeric = central_difference(f, V{}, k, difference_step(x), bindings...);
    const T exact = static_cast<T>(element_for<size>(analytic, k));
    const T error = relative_difference(exact, numeric);
    total_difference += abs_value(exact - numeric);
    if (!(error <= worst.error)) worst = {V::name.view(), exact, numeric, error, k};  // NaN sticks
  }
  worst.mean_absolute_difference = total_difference / static_cast<T>(size);
  return worst;
}

template <class T, class F, class... V, std::size_t... I, class... B>
constexpr auto check_variables(F f, type_list<V...>, std::index_sequence<I...>,
                               const B&... bindings) {
  const auto analytic = value_and_grad(f, V{}...).template operator()<T>(bindings...);
  return gradient_check<T, sizeof...(V)>{
      {compare_one<T, V>(f, std::get<I + 1>(analytic), bindings...)...}};
}

}  // namespace detail

/// Compares d(f, v) with a central difference for every variable v of f at the bindings.
template <expression F, class... B>
constexpr auto check_gradient(F f, const B&... bindings) {
  using variables = typename detail::variables_only<symbols_of<F>>::type;
  if constexpr (detail::check_bindings<symbols_of<F>, B...>::valid)  // then the scalar type
    return detail::check_variables<typename detail::scalar_type<void, B...>::type>(
        f, variables{}, std::make_index_sequence<variables::size>{}, bindings...);
  else
    return gradient_check<double, variables::size>{};
}

}  // namespace ctgrad
