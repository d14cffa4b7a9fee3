#pragma once
// The canonical forms the simplifier keeps products in: a constant factor in front of a
// factor-free rest (`c*r`), so like terms combine (`x + 2*x` is `3*x`) and constants collect.

#include <ctgrad/core/constant.hpp>
#include <ctgrad/core/expression.hpp>

#include <cstdint>

namespace ctgrad {

namespace op {
struct multiply;
struct negate;
}  // namespace op

namespace detail {

/// A factor, as the base of the classes below, so that its static member is named by the
/// factor, not by the expression (core/make.hpp on names).
template <rational R>
struct with_factor {
  static constexpr rational factor = R;
};

/// e == factor * rest, where rest carries no constant factor (rest is `one` for constants).
template <class E>
struct scaled : with_factor<rational{1, 1}> {
  using rest = E;
};
template <std::intmax_t N, std::intmax_t D>
struct scaled<constant<N, D>> : with_factor<rational{N, D}> {
  using rest = one;
};
template <class Factor, class Rest, class E>
struct scaled_product : with_factor<rational{1, 1}> {  // no constant factor in front
  using rest = E;
};
template <std::intmax_t N, std::intmax_t D, class Rest, class E>
struct scaled_product<constant<N, D>, Rest, E> : with_factor<rational{N, D}> {
  using rest = Rest;
};
template <std::uint64_t key, auto c, auto r>
struct scaled<node<op::multiply, key, c, r>>
    : scaled_product<detail::type_of<c>, detail::type_of<r>, node<op::multiply, key, c, r>> {};
template <std::uint64_t key, auto r>
struct scaled<node<op::negate, key, r>> : with_factor<rational{-1, 1}> {
  using rest = detail::type_of<r>;
};

template <class E>
concept has_factor = (scaled<E>::factor != rational{1, 1});

template <class E>
concept has_negative_factor = (scaled<E>::factor.num < 0);

}  // namespace detail
}  // namespace ctgrad
