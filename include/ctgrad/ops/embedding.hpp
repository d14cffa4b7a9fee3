#pragma once
// One-hot tensors in derivatives. The adjoint of element<I>(v) is embed<I, N>(g), zeros with g
// at position I, and a Jacobian's row starts from one. The rules here, used by the arithmetic
// operations, sum_leading, sum<D>, element and embed, keep such an adjoint one-hot, so in a
// fused program a row costs the work of one element, not of the whole tensor.

#include <ctgrad/core/constant.hpp>
#include <ctgrad/core/make.hpp>
#include <ctgrad/core/node.hpp>
#include <ctgrad/core/shape_of.hpp>
#include <ctgrad/detail/spelled_name.hpp>

#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace ctgrad {

namespace op {
struct multiply;
struct divide;
template <std::size_t I>
struct element;
template <std::size_t I, std::size_t N>
struct embed;
}  // namespace op

namespace detail {

/// embed<I, N>(a): zeros with a at position I of a new first dimension (ops/indexing.hpp).
/// An adjoint that starts at one element of a tensor (a Jacobian's row) is such a tensor, and
/// the element-wise rules below keep it one, so the row costs a's work, not the tensor's.
/// (The facts are in a base named by I, the tests are concepts: see core/make.hpp on names.)
template <class E>
struct embedding : std::false_type {};
template <std::size_t I>
struct embedded_at : std::true_type {
  static constexpr std::size_t index = I;
};
template <std::size_t I, std::size_t N, std::uint64_t key, auto a>
struct embedding<node<op::embed<I, N>, key, a>> : embedded_at<I> {
  using part = detail::type_of<a>;
};
template <class E>
concept is_embedding = embedding<E>::value;

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
concept embedded_beside = (shape_of<A>::rank >= shape_of<B>::rank) && is_embedding<A>;

/// Both are one-hot at the same position: a sum or difference of them is one-hot there too.
template <class A, class B>
concept embedded_alike = embedded_beside<A, B> && embedded_beside<B, A> &&
    (embedding<A>::index == embedding<B>::index);

/// Op(a, b) where a or b is one-hot (embedded_beside<A, B> or <B, A>). Both one-hot at one
/// position: one-hot there, for any Op; at two positions: zero, for a product. One of them:
/// one-hot at its position, embed<I, N>(a) * b is embed<I, N>(a * b[I]), for a product or a
/// quotient by b, which map its zeros to zeros.
template <class Op, class A, class B>
constexpr auto through_embedding(A a, B b) {
  if constexpr (embedded_beside<A, B> && embedded_beside<B, A>) {
    if constexpr (embedding<A>::index == embedding<B>::index)
      return ctgrad::make<op::embed<embedding<A>::index, shape_of<A>::dims[0]>>(
          ctgrad::make<Op>(typename embedding<A>::part{}, typename embedding<B>::part{}));
    else if constexpr (std::is_same_v<Op, op::multiply>)
      return zero{};
    else
      static_assert(detail::reject<Op>, "one-hot at two positions: only their product is known");
  } else if constexpr (embedded_beside<A, B>) {
    static_assert(std::is_same_v<Op, op::multiply> || std::is_same_v<Op, op::divide>,
                  "only a product or a quotient keeps a zero left operand zero");
    constexpr std::size_t i = embedding<A>::index;
    return ctgrad::make<op::embed<i, shape_of<A>::dims[0]>>(
        ctgrad::make<Op>(typename embedding<A>::part{}, detail::part_at<i, shape_of<A>::rank>(b)));
  } else {
    static_assert(std::is_same_v<Op, op::multiply>,
                  "only a product keeps a zero right operand zero");
    constexpr std::size_t i = embedding<B>::index;
    return ctgrad::make<op::embed<i, shape_of<B>::dims[0]>>(
        ctgrad::make<Op>(detail::part_at<i, shape_of<B>::rank>(a), typename embedding<B>::part{}));
  }
}

}  // namespace detail
}  // namespace ctgrad
