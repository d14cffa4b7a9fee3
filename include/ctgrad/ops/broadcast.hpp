#pragma once
// broadcast<S>(a) and sum_leading<K>(a): repeating a value over leading dimensions, and its
// adjoint, summing over them. They are what element-wise operations on broadcast operands
// differentiate to, and what sum() over everything is. Also stand_in<S>, the broadcast zero a
// shape rule returns after reporting a mistake, which keeps later shape rules quiet.

#include <ctgrad/config.hpp>
#include <ctgrad/core/constant.hpp>
#include <ctgrad/core/make.hpp>
#include <ctgrad/core/shape_of.hpp>
#include <ctgrad/detail/decimal.hpp>
#include <ctgrad/ops/embedding.hpp>
#include <ctgrad/ops/notation.hpp>
#include <ctgrad/tensor/tensor.hpp>

#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace ctgrad {

namespace op {
template <std::size_t K>
struct sum_leading;
}  // namespace op

namespace detail {

template <std::size_t K, class S>
struct drop_leading;
template <std::size_t... D>
struct drop_leading<0, shape<D...>> {
  using type = shape<D...>;
};
template <std::size_t K, std::size_t First, std::size_t... D>
requires(K > 0) struct drop_leading<K, shape<First, D...>> : drop_leading<K - 1, shape<D...>> {
};

/// The shape of a value: tensor<T, D...> has shape<D...>, a plain number shape<>.
template <class V>
using value_shape = typename array_shape<V>::shape_type;

/// The expression e summed over its leading dimensions down to shape S (S is a trailing part
/// of e's shape): how an adjoint returns to an operand that was broadcast.
template <class S, class E, bool Same = std::is_same<shape_of<E>, S>::value>
struct reduced_to {
  using type = E;
};
template <class S, class E>
struct reduced_to<S, E, false> : made<op::sum_leading<shape_of<E>::rank - S::rank>, E> {};

}  // namespace detail

namespace op {

/// a repeated to shape S, whose trailing dimensions are a's shape (a scalar fills S).
/// vjp: the adjoint summed over the leading dimensions.
template <class S>
struct broadcast : tensor_operation {
  static constexpr notation text = function_call("broadcast(");
  static constexpr notation latex = text;

  template <class A>
  using result_shape = S;

  template <class T, class A>
  CTGRAD_INLINE static constexpr auto evaluate(const A& a) {
    if constexpr (S::rank == 0) {
      return a;
    } else {
      value_of_shape_t<T, S> out;
      for (std::size_t i = 0; i < S::size; ++i)
        out.elements[i] = detail::element_for<S::size>(a, i);
      return out;
    }
  }

  template <std::size_t I, class G, class A>
  static constexpr typename detail::reduced_to<shape_of<A>, G>::type vjp(G, A) {
    return {};
  }

  template <class A>
  struct simplified {
    using type = std::conditional_t<std::is_same<shape_of<A>, S>::value, A, node_of<broadcast, A>>;
  };
};

/// What a function returns once its static_assert has reported a shape mistake: zeros of shape
/// S (the shape its result would have had, where it has one), evaluated, printed and
/// differentiated as broadcast<S>, so that the compile goes on without more errors. It differs
/// from broadcast<S> in one thing: a shape rule that fails on an operand with a stand-in inside
/// stays silent and returns a stand-in too (detail::follows_an_error), since that mismatch is
/// the reported mistake's consequence, not a second mistake. Only shape rules make one.
template <class S>
struct stand_in : broadcast<S> {
  template <class A>
  struct simplified {
    using type = node_of<stand_in, A>;
  };
};

/// a summed over its first K dimensions: sum_leading<rank>(a) is the sum of all elements.
/// vjp: the adjoint broadcast back to a's shape.
template <std::size_t K>
struct sum_leading : tensor_operation {
  /// sum(a) when it sums everything; sum<0>(a) over the first dimension; otherwise named.
  template <bool Latex, class A>
  static constexpr notation notation_for() {
    if constexpr (K == shape_of<A>::rank && Latex)
      return latex_delimited("\\sum\\left(", "", "\\right)");
    else if constexpr (K == shape_of<A>::rank)
      return function_call("sum(");
    else if constexpr (K == 1)
      return function_call("sum<0>(");
    else
      return function_call(partial_text.view());
  }

  template <class A>
  using result_shape = typename detail::drop_leading<K, A>::type;

  template <class T, class A>
  CTGRAD_INLINE static constexpr auto evaluate(const A& a) {
    using out_shape = result_shape<detail::value_shape<A>>;
    constexpr std::size_t n = out_shape::size;
    constexpr std::size_t repeats = A::size / n;
    value_of_shape_t<T, out_shape> out{};
    if constexpr (out_shape::rank == 0) {
      for (std::size_t i = 0; i < repeats; ++i) out += a.elements[i];
    } else {
      for (std::size_t r = 0; r < repeats; ++r)
        for (std::size_t i = 0; i < n; ++i) out.elements[i] += a.elements[r * n + i];
    }
    return out;
  }

  template <std::size_t I, class G, class A>
  static constexpr detail::made_t<broadcast<shape_of<A>>, G> vjp(G, A) {
    return {};
  }

  template <class A>
  static constexpr auto simplify(A a) {
    if constexpr (K == 0)
      return a;
    else if constexpr (detail::is_embedding<A>)  // the zeros add nothing
      return ctgrad::make<sum_leading<K - 1>>(typename detail::embedding<A>::part{});
    else
      return node_of<sum_leading, A>{};
  }

 private:
  static constexpr auto partial_text =
      detail::concat(fixed_string("sum_leading<"), detail::decimal<static_cast<std::intmax_t>(K)>(),
                     fixed_string(">("));
};

}  // namespace op

namespace detail {

template <class E>
struct has_stand_in : std::false_type {};
template <class S, std::uint64_t key, auto x>
struct has_stand_in<node<op::stand_in<S>, key, x>> : std::true_type {};
template <class Op, std::uint64_t key, auto... a>
struct has_stand_in<node<Op, key, a...>>
    : std::bool_constant<(has_stand_in<detail::type_of<a>>::value || ...)> {};

/// True when one of the expressions E... has a stand-in inside: a shape mistake below it has
/// been reported, so a shape rule that fails on them stands down. Shape rules ask only once
/// their own check has failed, so valid expressions are never searched.
template <class... E>
inline constexpr bool follows_an_error = (has_stand_in<E>::value || ...);

/// What a shape rule returns after a mistake, its own or one below it: a stand-in of shape S.
template <class S>
using stand_in_for = node_of<op::stand_in<S>, zero>;

}  // namespace detail
}  // namespace ctgrad
