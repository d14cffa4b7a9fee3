#pragma once
// Plain parameter-pack lists for the graph algorithms: measured 20-50x cheaper to compile than
// Boost.Hana's recursive algorithms on the same work (docs/design.md).

#include <ctgrad/detail/named_by_value.hpp>

#include <cstddef>
#include <type_traits>
#include <utility>

namespace ctgrad::detail {

template <class... Ts>
struct type_list : counted<sizeof...(Ts)> {};

inline constexpr std::size_t not_found = static_cast<std::size_t>(-1);

/// Position of T in Ts..., or not_found. A loop over a constant array rather than a fold
/// expression: clang refuses folds over more than 256 operands.
template <class T, class... Ts>
consteval std::size_t index_of() {
  constexpr bool same[] = {false, std::is_same_v<T, Ts>...};
  for (std::size_t i = 1; i < sizeof(same) / sizeof(bool); ++i)
    if (same[i]) return i - 1;
  return not_found;
}

template <class T, class List>
inline constexpr bool contains = false;
template <class T, class... Ts>
inline constexpr bool contains<T, type_list<Ts...>> = index_of<T, Ts...>() != not_found;

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
