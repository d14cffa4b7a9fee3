#pragma once
// d(f, x): the derivative of f with respect to the variable (or parameter) x, as a new,
// simplified expression type. The chain rule runs entirely in the compiler:
//   d(op(a0, a1, ...), x) = sum_i  partial_i op(a0, a1, ...) * d(a_i, x)
// where each operation tag supplies its partials. A derivative with respect to a symbol that f
// does not contain is the constant zero type.

#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/make.hpp>
#include <ctgrad/diff/simplify.hpp>
#include <ctgrad/ops/arithmetic.hpp>

#include <cstddef>
#include <type_traits>
#include <utility>

namespace ctgrad {
namespace detail {

constexpr auto sum() { return zero{}; }
template <class First, class... Rest>
constexpr auto sum(First first, Rest... rest) { return make<op::add>(first, sum(rest...)); }

template <class E, class X>
constexpr auto derivative(E, X x);

// One term per operand: (partial of the operation in that operand) * (operand's derivative).
template <class Op, class... A, class X, std::size_t... I>
constexpr auto chain_rule(node<Op, A...>, X x, std::index_sequence<I...>) {
  return sum(make<op::multiply>(Op::template partial<I>(A{}...), derivative(A{}, x))...);
}

template <class E, class X>
constexpr auto derivative(E, X x) {
  if constexpr (std::is_same_v<E, X>) return one{};
  else if constexpr (!is_node<E>) return zero{};
  else return chain_rule(E{}, x, std::make_index_sequence<arity<E>>{});
}

}  // namespace detail

/// The derivative of f with respect to x (a variable or parameter), simplified.
/// Higher derivatives compose: d(d(f, x), y).
template <expression F, class X>
constexpr auto d(F f, X x) {
  static_assert(is_symbol<X>,
                "ctgrad::d(f, x): x must be a variable or parameter (var<\"x\">, param<\"p\">), "
                "not an expression or a number");
  if constexpr (is_symbol<X>) return detail::derivative(simplify(f), x);
  else return zero{};
}

}  // namespace ctgrad
