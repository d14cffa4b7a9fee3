#pragma once
// An index of sub-terms as a type: a hash trie that maps each node's node_hash to the node and
// its position in a schedule. Level l of the trie branches four ways on bits 2l and 2l + 1 of
// the key; a place holds one entry, and becomes a branch when a second key reaches it. Entries
// are never changed: inserting builds the path to the new entry afresh and shares the rest.
// Keys are scrambled hashes, so the trie is about log4 n levels deep whatever order nodes
// arrive in, and finding or inserting a node of a graph of n costs a couple of template
// instantiations per level, where comparing it with every node cost n. (A binary search tree
// over the same keys was nearly three times as deep, two or three instantiations per level:
// twice the time and memory.)

#include <ctgrad/core/node_hash.hpp>
#include <ctgrad/detail/type_list.hpp>

#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace ctgrad::detail {

struct empty_index {};
template <std::uint64_t Key, class Node, std::size_t Position>
struct index_entry {};
template <class C0, class C1, class C2, class C3>
struct index_branch {};

/// The branch a key takes at a level of the trie.
constexpr unsigned index_digit(std::uint64_t key, unsigned level) {
  return static_cast<unsigned>(key >> (2 * level)) & 3U;
}

template <unsigned Digit, class C0, class C1, class C2, class C3>
struct index_child;
template <class C0, class C1, class C2, class C3>
struct index_child<0, C0, C1, C2, C3> {
  using type = C0;
};
template <class C0, class C1, class C2, class C3>
struct index_child<1, C0, C1, C2, C3> {
  using type = C1;
};
template <class C0, class C1, class C2, class C3>
struct index_child<2, C0, C1, C2, C3> {
  using type = C2;
};
template <class C0, class C1, class C2, class C3>
struct index_child<3, C0, C1, C2, C3> {
  using type = C3;
};

/// The branch with child Digit replaced by New.
template <unsigned Digit, class New, class C0, class C1, class C2, class C3>
struct index_with_child;
template <class New, class C0, class C1, class C2, class C3>
struct index_with_child<0, New, C0, C1, C2, C3> {
  using type = index_branch<New, C1, C2, C3>;
};
template <class New, class C0, class C1, class C2, class C3>
struct index_with_child<1, New, C0, C1, C2, C3> {
  using type = index_branch<C0, New, C2, C3>;
};
template <class New, class C0, class C1, class C2, class C3>
struct index_with_child<2, New, C0, C1, C2, C3> {
  using type = index_branch<C0, C1, New, C3>;
};
template <class New, class C0, class C1, class C2, class C3>
struct index_with_child<3, New, C0, C1, C2, C3> {
  using type = index_branch<C0, C1, C2, New>;
};

/// What a search found: Node at Position, or (void, not_found).
template <class Node, std::size_t Position>
struct found_at : std::integral_constant<std::size_t, Position> {
  using type = Node;
};

template <class Index, std::uint64_t Key, unsigned Level = 0>
struct search_index : found_at<void, not_found> {};
template <std::uint64_t Key, class N, std::size_t P, unsigned Level>
struct search_index<index_entry<Key, N, P>, Key, Level> : found_at<N, P> {};
template <class C0, class C1, class C2, class C3, std::uint64_t Key, unsigned Level>
struct search_index<index_branch<C0, C1, C2, C3>, Key, Level>
    : search_index<typename index_child<index_digit(Key, Level), C0, C1, C2, C3>::type, Key,
                   Level + 1> {};

/// The entry of node E in Index, if there is one: `::value` its position (or not_found),
/// `::type` the node (or void). A leaf is never in an index.
template <class Index, class E>
struct find_node : found_at<void, not_found> {};
template <class Index, class Op, std::uint64_t key, auto... a>
struct find_node<Index, node<Op, key, a...>> : search_index<Index, key> {
  static_assert(find_node::value == not_found ||
                    std::is_same<typename find_node::type, node<Op, key, a...>>::value,
                "ctgrad: two different sub-terms of this expression have the same node_hash; "
                "please report the expression");
};

/// Index, the part of a trie at Level, with an entry for Key added; Key must not be in it yet.
template <class Index, std::uint64_t Key, class Node, std::size_t Position, unsigned Level = 0>
struct insert_into_index {  // an empty place: the entry goes here
  using type = index_entry<Key, Node, Position>;
};
template <class C0, class C1, class C2, class C3, std::uint64_t Key, class Node,
          std::size_t Position, unsigned Level>
struct insert_into_index<index_branch<C0, C1, C2, C3>, Key, Node, Position, Level>
    : index_with_child<index_digit(Key, Level),
                       typename insert_into_index<
                           typename index_child<index_digit(Key, Level), C0, C1, C2, C3>::type, Key,
                           Node, Position, Level + 1>::type,
                       C0, C1, C2, C3> {};
// Another entry is in the way: a branch holding it takes its place, and the new key goes on.
template <std::uint64_t K, class N, std::size_t P, std::uint64_t Key, class Node,
          std::size_t Position, unsigned Level>
struct insert_into_index<index_entry<K, N, P>, Key, Node, Position, Level>
    : insert_into_index<
          typename index_with_child<index_digit(K, Level), index_entry<K, N, P>, empty_index,
                                    empty_index, empty_index, empty_index>::type,
          Key, Node, Position, Level> {};

/// Index with node E added at Position; E must not be in it yet.
template <class Index, class E, std::size_t Position>
using with_node = typename insert_into_index<Index, node_hash<E>::value, E, Position>::type;

}  // namespace ctgrad::detail
