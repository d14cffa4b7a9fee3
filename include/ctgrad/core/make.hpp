#pragma once
// The one way derivative rules and the simplifier build nodes: an operation tag may define
// `simplify(operands...)` returning an equal but simpler expression; otherwise the plain node.

#include <ctgrad/core/node.hpp>

namespace ctgrad {

template <class Op, class... Operands>
constexpr auto make(Operands... operands) {
  if constexpr (requires { Op::simplify(operands...); }) return Op::simplify(operands...);
  else return node<Op, Operands...>{};
}

}  // namespace ctgrad
