#pragma once
// One node's value from its operands' values: the single place where plain evaluation (eval)
// and fused programs (compile) meet the operations. An element-wise operation's scalar
// `apply` runs once per element, its operands broadcast by the shape rule; any other
// operation evaluates whole tensors itself.

#include <ctgrad/config.hpp>
#include <ctgrad/core/operation.hpp>
#include <ctgrad/core/shape_of.hpp>
#include <ctgrad/tensor/tensor.hpp>

#include <cstddef>

namespace ctgrad::detail {

template <class T, class Op, class Shape, class... V>
CTGRAD_INLINE constexpr auto evaluate_node(const V&... operands) {
  if constexpr (!evaluable_operation<Op, T, V...>) {
    detail::report_missing_evaluation<Op>();
    return value_of_shape_t<T, Shape>{};
  } else if constexpr (!is_elementwise<Op>) {
    return Op::template evaluate<T>(operands...);
  } else if constexpr (Shape::rank == 0) {
    return static_cast<T>(Op::apply(static_cast<const T&>(operands)...));
  } else {
    value_of_shape_t<T, Shape> out;
    for (std::size_t i = 0; i < Shape::size; ++i)
      out.elements[i] = Op::apply(static_cast<const T&>(element_for<Shape::size>(operands, i))...);
    return out;
  }
}

}  // namespace ctgrad::detail
