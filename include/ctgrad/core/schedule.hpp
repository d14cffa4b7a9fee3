#pragma once
// The schedule of expressions: every distinct inner node of them, each after its operands, and
// an index from each node to its position (core/node_index.hpp). Nodes are identified by type,
// which is sound because expression types carry no data: two equal types always denote the
// same computation. Each distinct node is visited once however many paths lead to it, and
// found again through the index in about log n steps. (The list of steps itself is rebuilt
// with one more element per node: n^2/2 template arguments in all, cheap but not linear.)

#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/node_index.hpp>
#include <ctgrad/detail/type_list.hpp>

#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace ctgrad::detail {

/// The nodes scheduled so far, in order, and the index of their positions.
template <class Steps, class Index>
struct scheduled {
  using steps = Steps;
  using index = Index;
};

template <class Done, class E>
struct append_step;
template <class... Steps, class Index, class E>
struct append_step<scheduled<type_list<Steps...>, Index>, E> {
  using type = scheduled<type_list<Steps..., E>, with_node<Index, E, sizeof...(Steps)>>;
};

// Compilers stop at an instantiation depth of 900 (g++) or 1024 (clang), so the walk nests one
// instantiation per level of the graph for operations of one or two operands (one more per
// earlier operand for others): a walk that nested three or four per level stopped at graphs
// 225 to 340 levels deep.

/// Done with E's inner nodes added, operands first: leaves and nodes already in Done add none.
template <class Done, class E, bool New = find_node<typename Done::index, E>::value == not_found>
struct schedule_node {
  using type = Done;
};

template <class Done, class... E>
struct schedule_all {
  using type = Done;
};
template <class Done, class First, class... Rest>
struct schedule_all<Done, First, Rest...> {
  using type = typename schedule_all<typename schedule_node<Done, First>::type, Rest...>::type;
};

template <class Done, class Op, std::uint64_t key, auto... a>
struct schedule_node<Done, node<Op, key, a...>, true>
    : append_step<typename schedule_all<Done, detail::type_of<a>...>::type, node<Op, key, a...>> {};
template <class Done, class Op, std::uint64_t key, auto a>
struct schedule_node<Done, node<Op, key, a>, true>
    : append_step<typename schedule_node<Done, detail::type_of<a>>::type, node<Op, key, a>> {};
template <class Done, class Op, std::uint64_t key, auto a, auto b>
struct schedule_node<Done, node<Op, key, a, b>, true>
    : append_step<typename schedule_node<typename schedule_node<Done, detail::type_of<a>>::type,
                                         detail::type_of<b>>::type,
                  node<Op, key, a, b>> {};

/// scheduled<type_list of the inner nodes of Outputs..., operands first; their index>.
template <class... Outputs>
using schedule_of = typename schedule_all<scheduled<type_list<>, empty_index>, Outputs...>::type;

/// Integers as a type, readable as an array in a constant expression: the positions of a
/// node's operands, say. Its name is a few numbers, however deep the node.
template <std::size_t... P>
struct position_list {
  static constexpr std::size_t count = sizeof...(P);
  static constexpr std::size_t at[sizeof...(P) + 1] = {P..., 0};
};

/// The position of operand E of a scheduled node: a step's own position in the schedule indexed
/// by Index; for a leaf, First + k if it is leaf k of Leaves (d() numbers its variables so,
/// after the steps), else not_found.
template <class E, class... L>
consteval std::size_t leaf_position(type_list<L...>, std::size_t first) {
  const std::size_t k = index_of<E, L...>();
  return k == not_found ? not_found : first + k;
}
template <class Index, class E, class Leaves, std::size_t First>
struct operand_position : std::integral_constant<std::size_t, leaf_position<E>(Leaves{}, First)> {};
template <class Index, class Op, std::uint64_t key, auto... a, class Leaves, std::size_t First>
struct operand_position<Index, node<Op, key, a...>, Leaves, First>
    : find_node<Index, node<Op, key, a...>> {};

/// The positions of a scheduled node's operands (see operand_position).
template <class Index, class E, class Leaves = type_list<>, std::size_t First = not_found>
struct operand_positions;
template <class Index, class Op, std::uint64_t key, auto... a, class Leaves, std::size_t First>
struct operand_positions<Index, node<Op, key, a...>, Leaves, First>
    : position_list<operand_position<Index, detail::type_of<a>, Leaves, First>::value...> {};

}  // namespace ctgrad::detail
