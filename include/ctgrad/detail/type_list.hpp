#pragma once
// Plain parameter-pack lists for the graph algorithms: measured 20-50x cheaper to compile than
// Boost.Hana's recursive algorithms on the same work (docs/design.md).

#include <ctgrad/detail/named_by_value.hpp>

#include <cstddef>
#include <initializer_list>
#include <type_traits>
#include <utility>

namespace ctgrad::detail {

template <class... Ts>
struct type_list : counted<sizeof...(Ts)> {};

inline constexpr std::size_t not_found = static_cast<std::size_t>(-1);

/// The position of the first true one of tests, or not_found.
constexpr std::size_t first_true(std::initializer_list<bool> tests) {
  std::size_t i = 0;
  for (const bool test : tests) {
    if (test) return i;
    ++i;
  }
  return not_found;
}

/// The position of T in Ts..., or not_found. A class over the compilers' built-in type test,
/// not a function or variable template: g++ mangles the name of each one it instantiates, and
/// here that was a name spelling out the whole list (index_of) and a variable per pair of
/// types (std::is_same_v), 7 MB of names in T7's 64-layer program. A list of tests rather
/// than a fold: clang refuses folds over more than 256 operands.
template <class T, class... Ts>
struct index_in : std::integral_constant<std::size_t, first_true({__is_same(T, Ts)...})> {};

template <class T, class List>
struct index_in_list;
template <class T, class... Ts>
struct index_in_list<T, type_list<Ts...>> : index_in<T, Ts...> {};

template <class T, class List>
concept contains = index_in_list<T, List>::value != not_found;

template <class List, class T>
struct append_unique;
template <class... Ts, class T>
struct append_unique<type_list<Ts...>, T> {
  using type =
      std::conditional_t<contains<T, type_list<Ts...>>, type_list<Ts...>, type_list<Ts..., T>>;
};

// type_at<I, Ts...>: the I-th type, found by overload resolution against one base class per
// position, so each lookup is constant work rather than a recursion through the pack.
template <std::size_t I, class T>
struct indexed {};
template <class Sequence, class... Ts>
struct indexed_all;
template <std::size_t... I, class... Ts>
struct indexed_all<std::index_sequence<I...>, Ts...> : indexed<I, Ts>... {};
template <std::size_t I, class T>
T type_at_position(const indexed<I, T>&);

template <std::size_t I, class... Ts>
using type_at = decltype(type_at_position<I>(indexed_all<std::index_sequence_for<Ts...>, Ts...>{}));

template <class T>
struct type_identity_tag {
  using type = T;
};

}  // namespace ctgrad::detail
