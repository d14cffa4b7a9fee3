#pragma once
// The schedule of expressions: every distinct inner node of them, each after its operands, and
// an index from each node to its position (core/node_index.hpp). Nodes are identified by type,
// which is sound because expression types carry no data: two equal types always denote the
// same computation. Each distinct node is visited once however many paths lead to it, and
// found again through the index in about log n steps. The walk also records where each step's
// operands are, so that what follows it need not search for them.

#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/node_index.hpp>
#include <ctgrad/detail/type_list.hpp>

#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace ctgrad::detail {

/// Integers as a type, readable as an array in a constant expression: the positions of a
/// node's operands, say. Its name is a few numbers, however deep the node.
template <std::size_t... P>
struct position_list {
  static constexpr std::size_t count = sizeof...(P);
  static constexpr std::size_t at[sizeof...(P) + 1] = {P..., 0};
};

/// The nodes scheduled so far, in order; the index of their positions; and for each node, the
/// positions of its operands as the walk found them (a position_list, in which an operand that
/// is a leaf is not_found).
template <class Steps, class Index, class Operands>
struct scheduled {
  using steps = Steps;
  using index = Index;
};

// The walk keeps the nodes it has scheduled as full chunks of chunk_size and the chunk being
// filled, so that adding a node copies at most a chunk, and once per chunk the list of chunks.
// A single list rebuilt with one more node each time is n^2/2 template arguments in all: g++
// took 8.8 s and 1 GB for 3,000 such appends alone (docs/design.md).
inline constexpr std::size_t chunk_size = 64;

/// A node as the walk records it: with its operands' positions.
template <class E, class Operands>
struct scheduled_step {};

template <class Chunks, class Current, class Index>
struct walk_state {
  using index = Index;
};

/// Done with step Step (at Position) added to the chunk being filled, which Full says it
/// completes.
template <class Done, class Step, std::size_t Position, bool Full>
struct append_step;
template <class Chunks, class... Current, class Index, class E, class Operands,
          std::size_t Position>
struct append_step<walk_state<Chunks, type_list<Current...>, Index>, scheduled_step<E, Operands>,
                   Position, false> {
  using type = walk_state<Chunks, type_list<Current..., scheduled_step<E, Operands>>,
                          with_node<Index, E, Position>>;
};
template <class... Chunks, class... Current, class Index, class E, class Operands,
          std::size_t Position>
struct append_step<walk_state<type_list<Chunks...>, type_list<Current...>, Index>,
                   scheduled_step<E, Operands>, Position, true> {
  using type = walk_state<type_list<Chunks..., type_list<Current..., scheduled_step<E, Operands>>>,
                          type_list<>, with_node<Index, E, Position>>;
};
/// Done with the node E, whose operands are at the positions Operands, added last; `position`
/// is where E went (a type: a static member would be named after the whole walk,
/// detail/named_by_value.hpp).
template <class Done, class E, class Operands>
struct add_step;
template <class... Chunks, class... Current, class Index, class E, class Operands>
struct add_step<walk_state<type_list<Chunks...>, type_list<Current...>, Index>, E, Operands>
    : append_step<walk_state<type_list<Chunks...>, type_list<Current...>, Index>,
                  scheduled_step<E, Operands>, sizeof...(Chunks) * chunk_size + sizeof...(Current),
                  sizeof...(Current) + 1 == chunk_size> {
  using position =
      std::integral_constant<std::size_t, sizeof...(Chunks) * chunk_size + sizeof...(Current)>;
};

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

/// The steps and their operands' positions, taken apart in one match.
template <class Steps, class Index>
struct split_steps;
template <class... E, class... Operands, class Index>
struct split_steps<type_list<scheduled_step<E, Operands>...>, Index> {
  using type = scheduled<type_list<E...>, Index, type_list<Operands...>>;
};

template <class Done>
struct finished;
template <class... Chunks, class Current, class Index>
struct finished<walk_state<type_list<Chunks...>, Current, Index>>
    : split_steps<typename joined<Chunks..., Current>::type, Index> {};

// Compilers stop at an instantiation depth of 900 (g++) or 1024 (clang), so the walk nests one
// instantiation per level of the graph for operations of one or two operands (one more per
// earlier operand for others): a walk that nested three or four per level stopped at graphs
// 225 to 340 levels deep.

/// Done with E's inner nodes added, operands first: leaves and nodes already in Done add none.
/// `position` is E's position, or not_found for a leaf.
template <class Done, class E, bool New = find_node<typename Done::index, E>::value == not_found>
struct schedule_node {
  using type = Done;
  using position = std::integral_constant<std::size_t, find_node<typename Done::index, E>::value>;
};

/// Done with the inner nodes of each of E... added, in order; Positions, a position_list, with
/// their positions appended.
template <class Done, class Positions, class... E>
struct schedule_operands {
  using type = Done;
  using positions = Positions;
};
template <class Done, std::size_t... P, class First, class... Rest>
struct schedule_operands<Done, position_list<P...>, First, Rest...>
    : schedule_operands<typename schedule_node<Done, First>::type,
                        position_list<P..., schedule_node<Done, First>::position::value>, Rest...> {
};

template <class Done, class Op, std::uint64_t key, auto... a>
struct schedule_node<Done, node<Op, key, a...>, true>
    : add_step<
          typename schedule_operands<Done, position_list<>, detail::type_of<a>...>::type,
          node<Op, key, a...>,
          typename schedule_operands<Done, position_list<>, detail::type_of<a>...>::positions> {};
template <class Done, class Op, std::uint64_t key, auto a>
struct schedule_node<Done, node<Op, key, a>, true>
    : add_step<typename schedule_node<Done, detail::type_of<a>>::type, node<Op, key, a>,
               position_list<schedule_node<Done, detail::type_of<a>>::position::value>> {};
template <class Done, class Op, std::uint64_t key, auto a, auto b>
struct schedule_node<Done, node<Op, key, a, b>, true>
    : add_step<typename schedule_node<typename schedule_node<Done, detail::type_of<a>>::type,
                                      detail::type_of<b>>::type,
               node<Op, key, a, b>,
               position_list<schedule_node<Done, detail::type_of<a>>::position::value,
                             schedule_node<typename schedule_node<Done, detail::type_of<a>>::type,
                                           detail::type_of<b>>::position::value>> {};

template <class Done, class... E>
struct schedule_all {
  using type = Done;
};
template <class Done, class First, class... Rest>
struct schedule_all<Done, First, Rest...> {
  using type = typename schedule_all<typename schedule_node<Done, First>::type, Rest...>::type;
};

/// scheduled<type_list of the inner nodes of Outputs..., operands first; their index; their
/// operands' positions>.
template <class... Outputs>
using schedule_of =
    typename finished<typename schedule_all<walk_state<type_list<>, type_list<>, empty_index>,
                                            Outputs...>::type>::type;

/// The position of operand E of a scheduled node, given the position P the walk found for it:
/// a step's is P; a leaf's is First + k if it is leaf k of Leaves (d() numbers its variables so,
/// after the steps), else not_found.
template <class E, class Leaves, std::size_t First, std::size_t K = index_in_list<E, Leaves>::value>
struct leaf_position : std::integral_constant<std::size_t, K == not_found ? not_found : First + K> {
};
template <class E, std::size_t P, class Leaves, std::size_t First>
struct operand_position : leaf_position<E, Leaves, First> {};
template <class Op, std::uint64_t key, auto... a, std::size_t P, class Leaves, std::size_t First>
struct operand_position<node<Op, key, a...>, P, Leaves, First>
    : std::integral_constant<std::size_t, P> {};

/// The positions of the operands of a scheduled node E, whose operands' positions the walk
/// recorded as Found (see operand_position). Without leaves, Found itself.
template <class E, class Found, class Leaves, std::size_t First>
struct operand_positions;
template <class Op, std::uint64_t key, auto... a, std::size_t... P, class Leaves, std::size_t First>
struct operand_positions<node<Op, key, a...>, position_list<P...>, Leaves, First>
    : position_list<operand_position<detail::type_of<a>, P, Leaves, First>::value...> {};

}  // namespace ctgrad::detail
