#pragma once
// An inner node of an expression: an operation tag applied to operand expressions. The node is
// empty; everything about it is in its type.
//
// The operands are template arguments that are values, not types: for operands of the
// expression types A and B, `node<Op, key, (A*)nullptr, (B*)nullptr>`, built as
// `node_of<Op, A, B>` and read back with `detail::type_of<a>`. Argument-dependent lookup walks
// the type arguments of a class template, and theirs, as a tree; for an expression that uses a
// sub-term twice at each level the tree is exponentially larger than the expression, and
// clang 14 walks all of it for every unqualified call and operator a user writes. Value
// arguments are not walked, so the lookup stops at the node. The values are null pointers, not
// the empty expression objects themselves: g++ names each object it makes a template argument
// by mangling its whole value, again and again, while a pointer costs nothing to make.
//
// `key` is the node's structural hash (core/node_hash.hpp). Besides keying the graph
// algorithms, it tells nodes apart for g++, whose table of template instances appears to hash a
// null pointer argument by its value alone: without the key, its cost grew much faster than the
// number of nodes of one operation. Make nodes only with node_of: a node written out with any
// other key is a different type, which nothing would notice. docs/design.md ("Where the compile
// time goes") has the measurements.

#include <ctgrad/core/node_hash.hpp>
#include <ctgrad/detail/spelled_name.hpp>

#include <cstdint>
#include <type_traits>

namespace ctgrad {

template <class Op, std::uint64_t Key, auto... Operands>
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

/// The node of operation Op with operands of the expression types A...
template <class Op, class... A>
using node_of =
    node<Op, detail::combine_hashes({detail::spelling_hash<Op>(), detail::node_hash<A>::value...}),
         static_cast<A*>(nullptr)...>;

namespace detail {
/// The expression type of an operand of a node.
template <auto Operand>
using type_of = std::remove_pointer_t<decltype(Operand)>;

// The tests on expressions are concepts over classes, not variable templates (core/make.hpp on
// names): a concept is not a variable.
template <class T, class Op = void>
struct node_test : std::false_type {};
template <class Op, std::uint64_t Key, auto... Operands>
struct node_test<node<Op, Key, Operands...>, void> : std::true_type {};
template <class Op, std::uint64_t Key, auto... Operands>
struct node_test<node<Op, Key, Operands...>, Op> : std::true_type {};
}  // namespace detail

template <class T>
concept is_node = detail::node_test<std::remove_cvref_t<T>>::value;

/// True when E is a node of operation Op.
template <class E, class Op>
concept is_node_of = detail::node_test<E, Op>::value;

}  // namespace ctgrad
