#pragma once
// The one way derivative rules and the simplifier build nodes: an operation tag may define
// `simplify(operands...)` returning an equal but simpler expression; otherwise the plain node.
// A simplification never changes a node's shape: where a rule drops a tensor operand
// (0 * W is 0), the result is broadcast back to the shape the node had.
//
// Inside the library, make and the other functions over expressions are called qualified
// (`ctgrad::make<Op>(a)`, `detail::scale<C>(r)`): an unqualified call looks up its name in the
// namespaces of every template argument of its arguments' types, which for a deep expression
// costs clang more than the rule itself (docs/design.md, "Where the compile time goes").

#include <ctgrad/core/node.hpp>
#include <ctgrad/core/shape_of.hpp>

#include <type_traits>

namespace ctgrad {

namespace op {
template <class Shape>
struct broadcast;
}  // namespace op

namespace detail {

// An element-wise operation broadcasts its operands itself, so an explicit broadcast operand
// is dropped (2 * broadcast(1) * u is 2 * u); the shape check in make restores the shape if
// nothing else carries it.
template <class Op, class E>
constexpr auto without_broadcast(E e) {
  return e;
}
template <class Op, class S, class X>
requires is_elementwise<Op>
constexpr auto without_broadcast(node<op::broadcast<S>, X>) { return X{}; }

template <class Op, class... Operands>
constexpr auto simplify_with(Operands... operands) {
  if constexpr (requires { Op::simplify(operands...); })
    return Op::simplify(operands...);
  else
    return node<Op, Operands...>{};
}

}  // namespace detail

template <class Op, class... Operands>
constexpr auto make(Operands... operands) {
  using simplified =
      decltype(detail::simplify_with<Op>(detail::without_broadcast<Op>(operands)...));
  using expected = shape_of<node<Op, Operands...>>;
  if constexpr (std::is_same_v<shape_of<simplified>, expected>)
    return simplified{};
  else
    return node<op::broadcast<expected>, simplified>{};
}

}  // namespace ctgrad
