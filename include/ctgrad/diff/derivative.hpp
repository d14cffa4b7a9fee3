#pragma once
// d(f, x): the derivative of a scalar f with respect to a variable (or parameter) x of any
// shape, as a new, simplified expression of x's shape. Reverse accumulation, run entirely by
// the compiler: the adjoint of f is 1, and the adjoint of every other sub-term is the sum,
// over each use of it as an operand, of the user's vector-Jacobian product
//   adjoint(a_i) = sum over uses op(..., a_i, ...)  vjp_i(op, adjoint(op(...)))
// An element-wise operation's vjp is the adjoint times its partial derivative, summed back
// over any dimensions the operand was broadcast along; other operations give their own.
// A derivative with respect to a symbol that f does not contain is zero.

#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/make.hpp>
#include <ctgrad/core/shape_of.hpp>
#include <ctgrad/detail/spelled_name.hpp>
#include <ctgrad/detail/type_list.hpp>
#include <ctgrad/diff/simplify.hpp>
#include <ctgrad/ops/arithmetic.hpp>
#include <ctgrad/ops/broadcast.hpp>
#include <ctgrad/core/schedule.hpp>

#include <array>
#include <cstddef>
#include <type_traits>
#include <utility>

namespace ctgrad {

namespace error {
template <class Shape>
struct derivative_of_a_non_scalar {};
}  // namespace error

namespace detail {

constexpr auto sum_terms() { return zero{}; }
template <class First, class... Rest>
constexpr auto sum_terms(First first, Rest... rest) { return ctgrad::make<op::add>(first, detail::sum_terms(rest...)); }

/// A zero adjoint contributes nothing, whatever its shape.
template <class E>
inline constexpr bool is_zero = is_constant_value<E, 0>;
template <class S>
inline constexpr bool is_zero<node<op::broadcast<S>, zero>> = true;

/// The adjoint of operand I of node<Op, A...> given the node's adjoint g.
template <std::size_t I, class Op, class G, class... A>
constexpr auto vector_jacobian_product(G g, A... a) {
  if constexpr (is_elementwise<Op>)
    return detail::reduce_to<shape_of<type_at<I, A...>>>(ctgrad::make<op::multiply>(g, Op::template partial<I>(a...)));
  else
    return Op::template vjp<I>(g, a...);
}

template <class F, class N>
constexpr auto adjoint();

/// What node P = node<Op, A...> passes to its operand N: one vjp per position N holds.
template <class F, class N, class Op, class... A>
constexpr auto contribution(node<Op, A...>) {
  using g = decltype(detail::adjoint<F, node<Op, A...>>());
  if constexpr (is_zero<g>) {
    return zero{};
  } else {
    return [&]<std::size_t... I>(std::index_sequence<I...>) {
      return detail::sum_terms([] {
        if constexpr (std::is_same_v<type_at<I, A...>, N>) return detail::vector_jacobian_product<I, Op>(g{}, A{}...);
        else return zero{};
      }()...);
    }(std::index_sequence_for<A...>{});
  }
}

template <class N, class P>
inline constexpr bool is_operand_of = false;
template <class N, class Op, class... A>
inline constexpr bool is_operand_of<N, node<Op, A...>> = (std::is_same_v<N, A> || ...);

/// Positions in Nodes... of the nodes that use N as an operand.
template <class N, class... Nodes>
consteval auto user_positions() {
  constexpr bool uses[] = {false, is_operand_of<N, Nodes>...};
  constexpr std::size_t count = [&] {
    std::size_t n = 0;
    for (bool u : uses) n += u ? 1 : 0;
    return n;
  }();
  std::array<std::size_t, count> positions{};
  std::size_t k = 0;
  for (std::size_t i = 1; i < sizeof(uses) / sizeof(bool); ++i)
    if (uses[i]) positions[k++] = i - 1;
  return positions;
}

template <class F, class N, class... Nodes>
constexpr auto gather_adjoint(type_list<Nodes...>) {
  constexpr auto positions = user_positions<N, Nodes...>();
  return [&]<std::size_t... J>(std::index_sequence<J...>) {
    return detail::sum_terms(detail::contribution<F, N>(type_at<positions[J], Nodes...>{})...);
  }(std::make_index_sequence<positions.size()>{});
}

/// The adjoint of sub-term N in the scalar F: one function per (F, N), so the compiler
/// computes each adjoint once however many paths lead to it.
template <class F, class N>
constexpr auto adjoint() {
  if constexpr (std::is_same_v<F, N>) return one{};
  else return detail::gather_adjoint<F, N>(schedule<F>{});
}

}  // namespace detail

/// The derivative of a scalar f with respect to x (a variable or parameter), simplified, of
/// x's shape. Higher derivatives compose: d(d(f, x), y).
template <expression F, class X>
constexpr auto d(F f, X) {
  static_assert(is_symbol<X>,
                "ctgrad::d(f, x): x must be a variable or parameter (var<\"x\">, param<\"p\">), "
                "not an expression or a number");
  static_assert(shape_of<F>::rank == 0 || detail::reject<error::derivative_of_a_non_scalar<shape_of<F>>>,
                "ctgrad::d(f, x): f must be a scalar; for a tensor f use jacobian(f, x), or "
                "d(sum(f), x) for the derivative of each element of an element-wise f");
  if constexpr (is_symbol<X> && shape_of<F>::rank == 0)
    return decltype(ctgrad::make<op::broadcast<shape_of<X>>>(detail::adjoint<decltype(ctgrad::simplify(f)), X>())){};
  else return zero{};
}

}  // namespace ctgrad
