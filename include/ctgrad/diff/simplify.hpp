#pragma once
// simplify(e): e rebuilt bottom-up through the operations' simplification rules. Derivatives
// come out simplified already; this is for expressions as the user wrote them.
//
// The rules are identities of real arithmetic, so they change no value beyond rounding where
// the expression is finite: 0*a -> 0 assumes a is finite, and a reordered computation can
// round, overflow or underflow differently (1/3*x + 2/3*x becomes x).

#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/make.hpp>
#include <ctgrad/core/node.hpp>

#include <cstdint>

namespace ctgrad {

namespace detail {
// A class per sub-term, not a function: see detail::made (core/make.hpp).
template <class E>
struct simplified_expression {
  using type = E;  // a leaf
};
template <class Op, std::uint64_t key, auto... a>
struct simplified_expression<node<Op, key, a...>>
    : made<Op, typename simplified_expression<type_of<a>>::type...> {};
}  // namespace detail

template <expression E>
constexpr auto simplify(E) {
  return typename detail::simplified_expression<E>::type{};
}

}  // namespace ctgrad
