#pragma once
// A search tree of sub-terms as a type: each entry holds a node, its position in a schedule
// and its node_hash as the key. Entries are never changed; inserting builds the path to the
// new leaf afresh and shares the rest. Keys are scrambled hashes, so the tree is balanced in
// expectation whatever order nodes arrive in, and finding or inserting a node of a graph of n
// costs about 2 ln n template instantiations, where comparing it with every node cost n.

#include <ctgrad/core/node_hash.hpp>
#include <ctgrad/detail/type_list.hpp>

#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace ctgrad::detail {

struct empty_index {};
template <std::uint64_t Key, class Node, std::size_t Position, class Left, class Right>
struct index_entry {};

/// What a search found: Node at Position, or (void, not_found).
template <class Node, std::size_t Position>
struct found_at : std::integral_constant<std::size_t, Position> {
  using type = Node;
};

template <class Index, std::uint64_t Key>
struct search_index : found_at<void, not_found> {};
template <std::uint64_t K, class N, std::size_t P, class L, class R, std::uint64_t Key>
struct search_index<index_entry<K, N, P, L, R>, Key>
    : std::conditional_t<(Key < K), search_index<L, Key>,
                         std::conditional_t<(K < Key), search_index<R, Key>, found_at<N, P>>> {};

/// The entry of node E in Index, if there is one: `::value` its position (or not_found),
/// `::type` the node (or void). A leaf is never in an index.
template <class Index, class E>
struct find_node : found_at<void, not_found> {};
template <class Index, class Op, std::uint64_t key, auto... a>
struct find_node<Index, node<Op, key, a...>>
    : search_index<Index, node_hash<node<Op, key, a...>>::value> {
  static_assert(find_node::value == not_found ||
                    std::is_same<typename find_node::type, node<Op, key, a...>>::value,
                "ctgrad: two different sub-terms of this expression have the same node_hash; "
                "please report the expression");
};

template <class Index, std::uint64_t Key, class Node, std::size_t Position>
struct insert_into_index {
  using type = index_entry<Key, Node, Position, empty_index, empty_index>;
};
template <bool GoLeft, class Entry, std::uint64_t Key, class Node, std::size_t Position>
struct insert_below;
template <std::uint64_t K, class N, std::size_t P, class L, class R, std::uint64_t Key, class Node,
          std::size_t Position>
struct insert_into_index<index_entry<K, N, P, L, R>, Key, Node, Position>
    : insert_below<(Key < K), index_entry<K, N, P, L, R>, Key, Node, Position> {};
template <std::uint64_t K, class N, std::size_t P, class L, class R, std::uint64_t Key, class Node,
          std::size_t Position>
struct insert_below<true, index_entry<K, N, P, L, R>, Key, Node, Position> {
  using type = index_entry<K, N, P, typename insert_into_index<L, Key, Node, Position>::type, R>;
};
template <std::uint64_t K, class N, std::size_t P, class L, class R, std::uint64_t Key, class Node,
          std::size_t Position>
struct insert_below<false, index_entry<K, N, P, L, R>, Key, Node, Position> {
  using type = index_entry<K, N, P, L, typename insert_into_index<R, Key, Node, Position>::type>;
};

/// Index with node E added at Position; E must not be in it yet.
template <class Index, class E, std::size_t Position>
using with_node = typename insert_into_index<Index, node_hash<E>::value, E, Position>::type;

}  // namespace ctgrad::detail
