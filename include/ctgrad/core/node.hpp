#pragma once
// An inner node of an expression: an operation tag applied to operand expressions. The node is
// empty; everything about it is in its type.

#include <ctgrad/detail/spelled_name.hpp>

#include <cstddef>

#include <type_traits>

namespace ctgrad {

template <class Op, class... Operands>
struct node {
  using operation = Op;

  /// `(x + y) = 1.0` is a mistake caught here rather than deep inside eval.
  template <class Value>
  void operator=(Value) const {  // NOLINT(misc-unconventional-assign-operator)
    static_assert(detail::reject<Value>,
                  "ctgrad: only a variable or parameter can be bound (`x = 0.5`); the "
                  "left-hand side of this `=` is an expression");
  }
};

namespace detail {
template <class T>
inline constexpr bool is_node_v = false;
template <class Op, class... Operands>
inline constexpr bool is_node_v<node<Op, Operands...>> = true;
}  // namespace detail

template <class T>
inline constexpr bool is_node = detail::is_node_v<std::remove_cvref_t<T>>;

/// True when E is a node of operation Op.
template <class E, class Op>
inline constexpr bool is_node_of = false;
template <class Op, class... Operands>
inline constexpr bool is_node_of<node<Op, Operands...>, Op> = true;

template <class T>
inline constexpr std::size_t arity = 0;
template <class Op, class... Operands>
inline constexpr std::size_t arity<node<Op, Operands...>> = sizeof...(Operands);

}  // namespace ctgrad
