#pragma once
// The distinct variables and parameters an expression mentions, in order of first appearance.

#include <ctgrad/core/expression.hpp>
#include <ctgrad/detail/type_list.hpp>

#include <cstdint>
#include <type_traits>

namespace ctgrad {
namespace detail {

template <class Found, class... E>
struct collect_symbols {
  using type = Found;
};
template <class Found, class E>
struct collect_symbols<Found, E> {
  using type = std::conditional_t<is_symbol<E>, typename append_unique<Found, E>::type, Found>;
};
template <class Found, class First, class Second, class... Rest>
struct collect_symbols<Found, First, Second, Rest...>
    : collect_symbols<typename collect_symbols<Found, First>::type, Second, Rest...> {};

// One nested instantiation per level of the expression for operations of one or two operands,
// as in the schedule's walk (core/schedule.hpp): the compilers' depth limits stop deeper nesting
// on deep graphs.
template <class Found, class Op, std::uint64_t key, auto... a>
struct collect_symbols<Found, node<Op, key, a...>> : collect_symbols<Found, detail::type_of<a>...> {
};
template <class Found, class Op, std::uint64_t key, auto a>
struct collect_symbols<Found, node<Op, key, a>> : collect_symbols<Found, detail::type_of<a>> {};
template <class Found, class Op, std::uint64_t key, auto a, auto b>
struct collect_symbols<Found, node<Op, key, a, b>>
    : collect_symbols<typename collect_symbols<Found, detail::type_of<a>>::type,
                      detail::type_of<b>> {};

}  // namespace detail

/// type_list of the symbols in E (each once).
template <class... E>
using symbols_of =
    typename detail::collect_symbols<detail::type_list<>, std::remove_cvref_t<E>...>::type;

}  // namespace ctgrad
