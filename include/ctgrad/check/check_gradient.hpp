#pragma once
// check_gradient(f, x = ..., y = ...): the library's derivative of f in each variable compared
// with a central difference, reporting the error per variable. Parameters are not checked.

#include <ctgrad/check/central_difference.hpp>
#include <ctgrad/core/symbols_of.hpp>
#include <ctgrad/math.hpp>
#include <ctgrad/program/program.hpp>

#include <array>
#include <cstddef>
#include <limits>
#include <string_view>
#include <utility>

namespace ctgrad {

/// One variable's comparison: error = |analytic - numeric| / max(1, |analytic|, |numeric|),
/// a relative error that stays meaningful near zero.
template <class T>
struct gradient_check_entry {
  std::string_view variable;
  T analytic;
  T numeric;
  T error;
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
constexpr void take_value(const B& b, T& out) {
  if constexpr (B::name == X::name) out = static_cast<T>(b.value);
}

template <class T, class V, class F, class... B>
constexpr gradient_check_entry<T> compare_one(F f, T analytic, const B&... bindings) {
  T x{};
  (take_value<V>(bindings, x), ...);
  const T numeric = central_difference(f, V{}, difference_step(x), bindings...);
  return {V::name.view(), analytic, numeric, relative_difference(analytic, numeric)};
}

template <class T, class F, class... V, std::size_t... I, class... B>
constexpr auto check_variables(F f, type_list<V...>, std::index_sequence<I...>,
                               const B&... bindings) {
  const auto analytic = value_and_grad(f, V{}...).template operator()<T>(bindings...);
  return gradient_check<T, sizeof...(V)>{{compare_one<T, V>(f, analytic[I + 1], bindings...)...}};
}

}  // namespace detail

/// Compares d(f, v) with a central difference for every variable v of f at the bindings.
template <expression F, class... B>
constexpr auto check_gradient(F f, const B&... bindings) {
  using scalar = typename detail::scalar_type<void, B...>::type;
  using variables = typename detail::variables_only<symbols_of<F>>::type;
  if constexpr (detail::check_bindings<symbols_of<F>, B...>::valid)
    return detail::check_variables<scalar>(f, variables{},
                                           std::make_index_sequence<variables::size>{}, bindings...);
  else
    return gradient_check<scalar, variables::size>{};
}

}  // namespace ctgrad
