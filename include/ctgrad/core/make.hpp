#pragma once
// The one way derivative rules and the simplifier build nodes: an operation tag may define
// `simplify(operands...)` returning an equal but simpler expression, or the same rules as a
// class, `simplified<Operands...>::type` (not both); otherwise the plain node.
// A simplification never changes a node's shape: where a rule drops a tensor operand
// (0 * W is 0), the result is broadcast back to the shape the node had.
//
// Inside the library, make and the other functions over expressions are called qualified
// (`ctgrad::make<Op>(a)`, `detail::through_embedding<Op>(a, b)`): an unqualified call looks up its
// name in the namespaces of every template argument of its arguments' types, which for a deep
// expression costs clang more than the rule itself (docs/design.md, "Where the compile time goes").

#include <ctgrad/core/node.hpp>
#include <ctgrad/core/shape_of.hpp>

#include <cstdint>
#include <type_traits>

namespace ctgrad {

namespace op {
template <class Shape>
struct broadcast;
}  // namespace op

namespace detail {

// On names: g++ gives every function and variable it instantiates, used at run time or not, a
// mangled name that spells out its template arguments, here whole expressions, at a cost that
// grows with the square of the expression's depth (docs/design.md, "Where the compile time
// goes"). A class is named only where a name is needed. So type-level work over expressions is
// done in classes, tests on expressions are concepts over classes, and values about an
// expression live in a base named by the value.

// An element-wise operation broadcasts its operands itself, so an explicit broadcast operand
// is dropped (2 * broadcast(1) * u is 2 * u); the shape check in made restores the shape if
// nothing else carries it.
template <class Op, class E>
struct without_broadcast {
  using type = E;
};
template <class Op, class S, std::uint64_t key, auto x>
requires is_elementwise<Op>
struct without_broadcast<Op, node<op::broadcast<S>, key, x>> {
  using type = type_of<x>;
};

template <class Op, class... Operands>
struct simplified_node {
  using type = node_of<Op, Operands...>;
};
template <class Op, class... Operands>
requires requires { Op::simplify(Operands{}...); }
struct simplified_node<Op, Operands...> {
  using type = decltype(Op::simplify(Operands{}...));
};
template <class Op, class... Operands>
requires requires { typename Op::template simplified<Operands...>::type; }
struct simplified_node<Op, Operands...> {
  using type = typename Op::template simplified<Operands...>::type;
};

template <class E, class Shape, bool Kept = std::is_same<shape_of<E>, Shape>::value>
struct in_shape {
  using type = E;
};
template <class E, class Shape>
struct in_shape<E, Shape, false> {
  using type = node_of<op::broadcast<Shape>, E>;
};

/// The type make<Op>(operands...) returns.
template <class Op, class... Operands>
struct made
    : in_shape<
          typename simplified_node<Op, typename without_broadcast<Op, Operands>::type...>::type,
          node_shape_of<Op, Operands...>> {};

/// The node make<Op>(operands...) returns, for rules that spell their results as types and so
/// instantiate no function named after them.
template <class Op, class... Operands>
using made_t = typename made<Op, Operands...>::type;

}  // namespace detail

template <class Op, class... Operands>
constexpr auto make(Operands...) {
  return detail::made_t<Op, Operands...>{};
}

}  // namespace ctgrad
