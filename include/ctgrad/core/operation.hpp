#pragma once
// The operation protocol: what an operation tag provides (op::exp, op::matmul<TA, TB>, or a tag
// of your own, used as node_of<my_tag, A...>). A tag is an empty type, element-wise unless it
// derives from tensor_operation.
//
//   every tag     static constexpr notation text, latex;   how it prints (ops/notation.hpp),
//                 or template <bool Latex, class... A> static constexpr notation notation_for()
//                 static constexpr auto simplify(a...);    optional: an equal, simpler node
//                 or template <class... A> struct simplified;  the same as a class (its type):
//                                                          for rules that run on most nodes
//   element-wise  template <class T> static constexpr T apply(const T&...);
//                                                          its value on numbers, per element
//                 template <std::size_t I, class... A> static constexpr auto partial(A... a);
//                                                          d(node)/d(operand I), an expression
//   tensor        template <class... OperandShapes> using result_shape;
//                 template <class T, class... V> static constexpr auto evaluate(const V&...);
//                                                          its value from its operands' values
//                 template <std::size_t I, class G, class... A> static constexpr auto vjp(G, A...);
//                                                          operand I's adjoint, given the node's G
//
// Each piece is a concept below, on the types it is used with, and is asked for where it is
// used: shape_of, evaluation (eval and programs alike), d() and printing. A tag that lacks one
// is reported there by one static_assert naming the tag (error::operation_lacks_...<Op>) and
// the member, and the compile goes on with a stand-in, so that is the only error.

#include <ctgrad/detail/spelled_name.hpp>

#include <cstddef>
#include <type_traits>
#include <utility>

namespace ctgrad {

/// Base of the operation tags that are not element-wise (matmul, sum, softmax's parts, ...).
struct tensor_operation {};

/// Operation Op applies one scalar function to each element (with broadcasting).
template <class Op>
inline constexpr bool is_elementwise = !std::is_base_of_v<tensor_operation, Op>;

namespace error {
template <class Op>
struct operation_lacks_result_shape {};
template <class Op>
struct operation_lacks_apply {};
template <class Op>
struct operation_lacks_evaluate {};
template <class Op>
struct operation_lacks_partial {};
template <class Op>
struct operation_lacks_vjp {};
template <class Op>
struct operation_lacks_notation {};
}  // namespace error

/// Op gives the shape of its value from its operands' shapes (an element-wise Op broadcasts).
template <class Op, class... OperandShapes>
concept shaped_operation = is_elementwise<Op> || requires {
  typename Op::template result_shape<OperandShapes...>;
};

/// Op computes its value in scalar type T from its operands' values V...: per element with
/// apply, or on whole values with evaluate.
template <class Op, class T, class... V>
concept evaluable_operation =
    (is_elementwise<Op> &&
     requires { Op::apply(std::declval<const std::conditional_t<true, T, V>&>()...); }) ||
    (!is_elementwise<Op> && requires { Op::template evaluate<T>(std::declval<const V&>()...); });

/// Op gives the adjoint of its operand I given the node's adjoint G: through partial<I> when
/// element-wise, vjp<I> otherwise.
template <class Op, std::size_t I, class G, class... A>
concept differentiable_operation = (is_elementwise<Op> &&
                                    requires(A... a) { Op::template partial<I>(a...); }) ||
                                   (!is_elementwise<Op> &&
                                    requires(G g, A... a) { Op::template vjp<I>(g, a...); });

/// Op says how it prints: one notation for text and one for LaTeX, or a notation_for chosen by
/// its operands A... (a product reading a vector as a column).
template <class Op>
concept has_notation = requires {
  Op::text;
  Op::latex;
};
template <class Op, class... A>
concept printable_operation = has_notation<Op> || requires {
  Op::template notation_for<false, A...>();
};

namespace detail {

/// The one error for a tag that cannot compute its value (evaluable_operation fails).
template <class Op>
constexpr void report_missing_evaluation() {
  if constexpr (is_elementwise<Op>)
    static_assert(reject<error::operation_lacks_apply<Op>>,
                  "ctgrad: an element-wise operation tag needs `template <class T> static "
                  "constexpr T apply(const T&...)`, its value on numbers, one parameter per "
                  "operand");
  else
    static_assert(reject<error::operation_lacks_evaluate<Op>>,
                  "ctgrad: a tensor operation tag needs `template <class T, class... V> static "
                  "constexpr auto evaluate(const V&...)`, its value from its operands' values");
}

/// The one error for a tag that cannot pass an adjoint back (differentiable_operation fails).
template <class Op>
constexpr void report_missing_derivative() {
  if constexpr (is_elementwise<Op>)
    static_assert(reject<error::operation_lacks_partial<Op>>,
                  "ctgrad: an element-wise operation tag needs `template <std::size_t I, class... "
                  "A> static constexpr auto partial(A...)`, its derivative in operand I");
  else
    static_assert(
        reject<error::operation_lacks_vjp<Op>>,
        "ctgrad: a tensor operation tag needs `template <std::size_t I, class G, class... "
        "A> static constexpr auto vjp(G, A...)`, operand I's adjoint given the node's");
}

}  // namespace detail
}  // namespace ctgrad
