#pragma once
// simplify(e): e rebuilt bottom-up through the operations' simplification rules. Derivatives
// come out simplified already; this is for expressions as the user wrote them.
//
// The rules are identities of real arithmetic, so they change no value beyond rounding where
// the expression is finite: 0*a -> 0 assumes a is finite, and a reordered computation can
// round, overflow or underflow differently (1/3*x + 2/3*x becomes x).

#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/make.hpp>

namespace ctgrad {

template <expression E>
constexpr auto simplify(E e) {
  if constexpr (is_node<E>) {
    return decltype([]<class Op, class... A>(node<Op, A...>) {
      return ctgrad::make<Op>(ctgrad::simplify(A{})...);
    }(e)){};
  } else {
    return e;
  }
}

}  // namespace ctgrad
