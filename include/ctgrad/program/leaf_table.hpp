#pragma once
// The values bound to a program's symbols, by position: a program's instructions read their
// leaves from a leaf_table rather than from the bindings. Each function a program instantiates
// per instruction is named after what it reads its operands from, and g++ mangles every such
// name; a binding_set is named after every binding, its name and its value's type, which for
// T7's 64-layer program (130 bindings) was 37 of the 44 MB of names. A leaf_table is named
// after the values' types only, of which a program has a handful.

#include <ctgrad/config.hpp>
#include <ctgrad/detail/type_list.hpp>
#include <ctgrad/eval/bindings.hpp>
#include <ctgrad/program/instructions.hpp>

#include <cstddef>
#include <type_traits>
#include <utility>

namespace ctgrad::detail {

template <std::size_t K, class V>
struct leaf_entry {
  const V& value;
};
template <class Positions, class... V>
struct leaf_entries;
template <std::size_t... K, class... V>
struct leaf_entries<std::index_sequence<K...>, V...> : leaf_entry<K, V>... {};

/// The values bound to a program's symbols, by reference, in the order of its symbols.
template <class... V>
struct leaf_table : leaf_entries<std::index_sequence_for<V...>, V...> {};

/// The value of leaf K, found by overload resolution against the table's one base with that K.
template <std::size_t K, class V>
CTGRAD_INLINE constexpr const V& leaf_at(const leaf_entry<K, V>& entry) {
  return entry.value;
}

/// The value bound to the leaf a leaf_ref refers to, as bound.
template <std::size_t K, class Shape, class... V>
CTGRAD_INLINE constexpr decltype(auto) bound_to(leaf_ref<K, Shape>,
                                                const leaf_table<V...>& leaves) {
  return leaf_at<K>(leaves);
}

/// The values that the bindings in set give the symbols S..., as a leaf_table.
template <class... S, class Set>
CTGRAD_INLINE constexpr auto leaves_of(type_list<S...>, const Set& set) {
  return leaf_table<std::remove_cvref_t<decltype(bound_value<S::name>(set))>...>{
      {{bound_value<S::name>(set)}...}};
}

}  // namespace ctgrad::detail
