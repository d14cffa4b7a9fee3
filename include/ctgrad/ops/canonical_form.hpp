#pragma once
// The canonical forms the simplifier keeps products in: a constant factor in front of a
// factor-free rest (`c*r`), so like terms combine (`x + 2*x` is `3*x`) and constants collect.

#include <ctgrad/core/constant.hpp>
#include <ctgrad/core/expression.hpp>

namespace ctgrad {

namespace op {
struct multiply;
struct negate;
}  // namespace op

namespace detail {

/// e == factor * rest, where rest carries no constant factor (rest is `one` for constants).
template <class E>
struct scaled {
  static constexpr rational factor{1, 1};
  using rest = E;
};
template <std::intmax_t N, std::intmax_t D>
struct scaled<constant<N, D>> {
  static constexpr rational factor{N, D};
  using rest = one;
};
template <std::intmax_t N, std::intmax_t D, class R>
struct scaled<node<op::multiply, constant<N, D>, R>> {
  static constexpr rational factor{N, D};
  using rest = R;
};
template <class R>
struct scaled<node<op::negate, R>> {
  static constexpr rational factor{-1, 1};
  using rest = R;
};

template <class E>
inline constexpr bool has_factor = scaled<E>::factor != rational{1, 1};

template <class E>
inline constexpr bool has_negative_factor = scaled<E>::factor.num < 0;

}  // namespace detail
}  // namespace ctgrad
