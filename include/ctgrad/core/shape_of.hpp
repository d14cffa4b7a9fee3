#pragma once
// shape_of<E>: the shape of an expression's value. Constants are scalars, symbols carry their
// shape, and a node's shape comes from its operation: an operation that is not element-wise
// derives from `tensor_operation` and says its shape with
// `template <class... OperandShapes> using result_shape`; an element-wise one takes the
// broadcast shape of its operands.

#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/operation.hpp>
#include <ctgrad/core/shape.hpp>

#include <cstdint>
#include <type_traits>

namespace ctgrad {
namespace detail {

template <class E>
struct shape_of_impl {
  using type = shape<>;  // constants
};
template <fixed_string Name, symbol_role Role, class Shape>
struct shape_of_impl<symbol<Name, Role, Shape>> {
  using type = Shape;
};

template <class... S>
struct elementwise_shape {
  using type = shape<>;
};
template <class First, class... Rest>
struct elementwise_shape<First, Rest...> {
  using type = broadcast_shape<First, typename elementwise_shape<Rest...>::type>;
};

template <class Op, class... S>
struct node_shape : elementwise_shape<S...> {};
template <class Op, class... S>
requires(!is_elementwise<Op> && shaped_operation<Op, S...>) struct node_shape<Op, S...> {
  using type = typename Op::template result_shape<S...>;
};
template <class Op, class... S>
requires(!shaped_operation<Op, S...>) struct node_shape<Op, S...> {
  static_assert(reject<error::operation_lacks_result_shape<Op>>,
                "ctgrad: a tensor operation tag (one deriving from tensor_operation) needs "
                "`template <class... OperandShapes> using result_shape`, the shape of its value");
  using type = shape<>;  // a stand-in, after the one error
};

template <class Op, std::uint64_t key, auto... a>
struct shape_of_impl<node<Op, key, a...>>
    : node_shape<Op, typename shape_of_impl<detail::type_of<a>>::type...> {};

}  // namespace detail

template <class E>
using shape_of = typename detail::shape_of_impl<std::remove_cvref_t<E>>::type;

/// The shape of node_of<Op, A...>, without making the node.
template <class Op, class... A>
using node_shape_of = typename detail::node_shape<Op, shape_of<A>...>::type;

}  // namespace ctgrad
