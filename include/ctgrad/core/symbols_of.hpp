#pragma once
// The distinct variables and parameters an expression mentions, in order of first appearance.

#include <ctgrad/core/expression.hpp>
#include <ctgrad/detail/type_list.hpp>

#include <type_traits>

namespace ctgrad {
namespace detail {

template <class Found, class E>
struct collect_symbols {
  using type = std::conditional_t<is_symbol<E>, typename append_unique<Found, E>::type, Found>;
};
template <class Found, class Op, class... Operands>
struct collect_symbols<Found, node<Op, Operands...>> {
  template <class Acc, class... Rest>
  struct over {
    using type = Acc;
  };
  template <class Acc, class First, class... Rest>
  struct over<Acc, First, Rest...> {
    using type = typename over<typename collect_symbols<Acc, First>::type, Rest...>::type;
  };
  using type = typename over<Found, Operands...>::type;
};

}  // namespace detail

/// type_list of the symbols in E (each once).
template <class... E>
using symbols_of = typename detail::collect_symbols<detail::type_list<>,
                                                    node<void, std::remove_cvref_t<E>...>>::type;

}  // namespace ctgrad
