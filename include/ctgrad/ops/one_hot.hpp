#pragma once
// One-hot tensors in derivatives. The adjoint of element<I>(v) is embed<I, N>(g), zeros with g
// at position I, and a Jacobian's row starts from one. The rules here keep a one-hot adjoint
// one-hot through element-wise operations and reductions, so a row costs the work of one
// element, not of the whole tensor, to compile and to run.

#include <ctgrad/core/constant.hpp>
#include <ctgrad/core/make.hpp>
#include <ctgrad/core/node.hpp>
#include <ctgrad/core/shape_of.hpp>

#include <cstddef>

namespace ctgrad {

namespace op {
template <std::size_t I>
struct element;
template <std::size_t I, std::size_t N>
struct embed;
}  // namespace op

namespace detail {

/// embed<I, N>(a): zeros with a at position I of a new first dimension (ops/indexing.hpp).
/// An adjoint that starts at one element of a tensor (a Jacobian's row) is such a tensor, and
/// the element-wise rules below keep it one, so the row costs a's work, not the tensor's.
template <class E>
struct embedding {
  static constexpr bool value = false;
};
template <std::size_t I, std::size_t N, class A>
struct embedding<node<op::embed<I, N>, A>> {
  static constexpr bool value = true;
  static constexpr std::size_t index = I;
  using part = A;
};
template <class E>
inline constexpr bool is_embedding = embedding<E>::value;

/// An element-wise operand B beside embed<I, N>(a) of rank R, restricted to position I: B[I]
/// when B has rank R, B itself when it is a trailing part that repeats over every position.
template <std::size_t I, std::size_t R, class B>
constexpr auto part_at(B b) {
  if constexpr (shape_of<B>::rank == R)
    return ctgrad::make<op::element<I>>(b);
  else
    return b;
}

/// A is one-hot and B, the other operand of an element-wise operation, is of no higher rank.
template <class A, class B>
inline constexpr bool one_hot_beside = is_embedding<A>&& shape_of<A>::rank >= shape_of<B>::rank;

/// Both are one-hot at the same position: a sum or difference of them is one-hot there too.
template <class A, class B>
constexpr bool same_one_hot() {
  if constexpr (one_hot_beside<A, B> && one_hot_beside<B, A>)
    return embedding<A>::index == embedding<B>::index;
  else
    return false;
}
template <class A, class B>
inline constexpr bool one_hot_alike = detail::same_one_hot<A, B>();

/// Op(a, b) where a or b is one-hot (one_hot_beside<A, B> or <B, A>), for an Op that maps a
/// zero left operand (or, for a product, either) to zero: one-hot at the same position,
/// embed<I, N>(a) * b is embed<I, N>(a * b[I]); zero when both are one-hot elsewhere.
template <class Op, class A, class B>
constexpr auto one_hot(A a, B b) {
  if constexpr (one_hot_beside<A, B> && one_hot_beside<B, A>) {
    if constexpr (embedding<A>::index == embedding<B>::index)
      return ctgrad::make<op::embed<embedding<A>::index, shape_of<A>::dims[0]>>(
          ctgrad::make<Op>(typename embedding<A>::part{}, typename embedding<B>::part{}));
    else
      return zero{};
  } else if constexpr (one_hot_beside<A, B>) {
    constexpr std::size_t i = embedding<A>::index;
    return ctgrad::make<op::embed<i, shape_of<A>::dims[0]>>(
        ctgrad::make<Op>(typename embedding<A>::part{}, detail::part_at<i, shape_of<A>::rank>(b)));
  } else {
    constexpr std::size_t i = embedding<B>::index;
    return ctgrad::make<op::embed<i, shape_of<B>::dims[0]>>(
        ctgrad::make<Op>(detail::part_at<i, shape_of<B>::rank>(a), typename embedding<B>::part{}));
  }
}

}  // namespace detail
}  // namespace ctgrad
