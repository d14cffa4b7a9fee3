#pragma once
// The schedule of expressions: every distinct inner node of them, each after its operands, and
// an index from each node to its position (core/node_index.hpp). Nodes are identified by type,
// which is sound because expression types carry no data: two equal types always denote the
// same computation. Each distinct node is visited once however many paths lead to it, and
// found again through the index in about log n steps.

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

// The walk keeps the nodes it has scheduled as full chunks of chunk_size and the chunk being
// filled, so that adding a node copies at most a chunk, and once per chunk the list of chunks.
// A single list rebuilt with one more node each time is n^2/2 template arguments in all: g++
// took 8.8 s and 1 GB for 3,000 such appends alone (docs/design.md).
inline constexpr std::size_t chunk_size = 64;

template <class Chunks, class Current, class Index>
struct walk_state {
  using index = Index;
};

/// Done with E added to the chunk being filled, which Full says E completes.
template <class Done, class E, bool Full>
struct append_step;
template <class... Chunks, class... Current, class Index, class E>
struct append_step<walk_state<type_list<Chunks...>, type_list<Current...>, Index>, E, false> {
  using type = walk_state<type_list<Chunks...>, type_list<Current..., E>,
                          with_node<Index, E, sizeof...(Chunks) * chunk_size + sizeof...(Current)>>;
};
template <class... Chunks, class... Current, class Index, class E>
struct append_step<walk_state<type_list<Chunks...>, type_list<Current...>, Index>, E, true> {
  using type = walk_state<type_list<Chunks..., type_list<Current..., E>>, type_list<>,
                          with_node<Index, E, sizeof...(Chunks) * chunk_size + sizeof...(Current)>>;
};
/// Done with the node E added last.
template <class Done, class E>
struct add_step;
template <class Chunks, class... Current, class Index, class E>
struct add_step<walk_state<Chunks, type_list<Current...>, Index>, E>
    : append_step<walk_state<Chunks, type_list<Current...>, Index>, E,
                  sizeof...(Current) + 1 == chunk_size> {};

/// The lists joined into one, four at a time, so that joining k chunks nests k/3 deep.
template <class... Lists>
struct joined {
  using type = type_list<>;
};
template <class... A>
struct joined<type_list<A...>> {
  using type = type_list<A...>;
};
template <class... A, class... B>
struct joined<type_list<A...>, type_list<B...>> {
  using type = type_list<A..., B...>;
};
template <class... A, class... B, class... C>
struct joined<type_list<A...>, type_list<B...>, type_list<C...>> {
  using type = type_list<A..., B..., C...>;
};
template <class... A, class... B, class... C, class... D, class... Rest>
struct joined<type_list<A...>, type_list<B...>, type_list<C...>, type_list<D...>, Rest...>
    : joined<type_list<A..., B..., C..., D...>, Rest...> {};

template <class Done>
struct finished;
template <class... Chunks, class Current, class Index>
struct finished<walk_state<type_list<Chunks...>, Current, Index>> {
  using type = scheduled<typename joined<Chunks..., Current>::type, Index>;
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
    : add_step<typename schedule_all<Done, detail::type_of<a>...>::type, node<Op, key, a...>> {};
template <class Done, class Op, std::uint64_t key, auto a>
struct schedule_node<Done, node<Op, key, a>, true>
    : add_step<typename schedule_node<Done, detail::type_of<a>>::type, node<Op, key, a>> {};
template <class Done, class Op, std::uint64_t key, auto a, auto b>
struct schedule_node<Done, node<Op, key, a, b>, true>
    : add_step<typename schedule_node<typename schedule_node<Done, detail::type_of<a>>::type,
                                      detail::type_of<b>>::type,
               node<Op, key, a, b>> {};

/// scheduled<type_list of the inner nodes of Outputs..., operands first; their index>.
template <class... Outputs>
using schedule_of =
    typename finished<typename schedule_all<walk_state<type_list<>, type_list<>, empty_index>,
                                            Outputs...>::type>::type;

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
