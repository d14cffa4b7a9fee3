#pragma once
// compile(f, g, ...): a fused program computing several expressions in one pass. Every distinct
// sub-term of all outputs is computed exactly once, in an order where each comes after its
// operands, into a stack slot of its own shape; an element-wise step used once by an
// element-wise step of its shape is computed inside that step's loop instead. A value and its
// derivatives share most sub-terms (exp(x^2) in y = exp(x^2)^2 and in dy/dx), so this is where
// fusion pays.

#include <ctgrad/config.hpp>
#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/operation.hpp>
#include <ctgrad/core/schedule.hpp>
#include <ctgrad/core/shape_of.hpp>
#include <ctgrad/core/symbols_of.hpp>
#include <ctgrad/diff/derivative.hpp>
#include <ctgrad/eval/bindings.hpp>
#include <ctgrad/eval/evaluate_node.hpp>
#include <ctgrad/eval/results.hpp>
#include <ctgrad/program/instructions.hpp>
#include <ctgrad/program/leaf_table.hpp>
#include <ctgrad/tensor/tensor.hpp>

#include <cstddef>
#include <utility>

namespace ctgrad {
namespace detail {

/// The value of an operand that is a stored step, a leaf or a constant.
template <class T, class Ref, class Pools, class Leaves>
CTGRAD_INLINE constexpr decltype(auto) operand_value(const Pools& pools, const Leaves& leaves) {
  if constexpr (is_slot_ref<Ref>) {
    return slot_at(Ref{}, pools);
  } else if constexpr (is_leaf_ref<Ref>) {
    return bound_in<T, typename Ref::shape_type>(bound_to(Ref{}, leaves));
  } else {
    return Ref::template as<T>();
  }
}

/// Element i of an operand of an element-wise step of Size elements. A bound value is read in
/// place and only that element converted, so a float tensor in a double program costs one
/// conversion per element, not a converted copy per element; a fused step is computed here.
template <std::size_t Size, class T, class Ref, class Pools, class Leaves>
CTGRAD_INLINE constexpr T operand_element(const Pools& pools, const Leaves& leaves, std::size_t i) {
  if constexpr (is_leaf_ref<Ref>) {
    return static_cast<T>(element_for<Size>(bound_to(Ref{}, leaves), i));
  } else if constexpr (is_constant<Ref>) {
    return Ref::template as<T>();
  } else if constexpr (is_slot_ref<Ref>) {
    return element_for<Size>(slot_at(Ref{}, pools), i);
  } else {
    return []<class Op, class Shape, class... A>(instruction<inline_value, Op, Shape, A...>,
                                                 const Pools& p, const Leaves& l, std::size_t k) {
      if constexpr (evaluable_operation<Op, T, A...>) {
        return static_cast<T>(Op::apply(operand_element<Size, T, A>(p, l, k)...));
      } else {
        detail::report_missing_evaluation<Op>();
        return T{};
      }
    }(Ref{}, pools, leaves, i);
  }
}

/// Runs one instruction: its value into its slot. A fused one runs inside its user instead.
template <class T, class Destination, class Op, class Shape, class... A, class Pools, class Leaves>
CTGRAD_INLINE constexpr void run_instruction(instruction<Destination, Op, Shape, A...>,
                                             Pools& pools, const Leaves& leaves) {
  if constexpr (is_slot_ref<Destination>) {
    if constexpr (is_elementwise<Op> && Shape::rank > 0) {
      if constexpr (evaluable_operation<Op, T, A...>) {  // only the count of A matters here
        value_of_shape_t<T, Shape> out;
        for (std::size_t i = 0; i < Shape::size; ++i)
          out.elements[i] =
              static_cast<T>(Op::apply(operand_element<Shape::size, T, A>(pools, leaves, i)...));
        slot_at(Destination{}, pools) = out;
      } else {
        detail::report_missing_evaluation<Op>();
      }
    } else {
      slot_at(Destination{}, pools) =
          evaluate_node<T, Op, Shape>(operand_value<T, A>(pools, leaves)...);
    }
  }
}

/// Every instruction in order, then the outputs' values. Inlined into the caller as well, so
/// bindings stay in registers and constant data (a fixed input matrix) folds into the steps.
template <class T, class Storage, class... Instructions, class... Outputs, class... Values,
          class Leaves>
[[gnu::flatten, gnu::always_inline]] inline constexpr auto run_program(type_list<Instructions...>,
                                                                       type_list<Outputs...>,
                                                                       type_list<Values...>,
                                                                       const Leaves& leaves) {
  Storage pools;  // every slot is written before it is read
  // A braced list, not a fold: it runs left to right and has no 256-operand limit.
  [[maybe_unused]] const int in_order[] = {
      0, (run_instruction<T>(Instructions{}, pools, leaves), 0)...};
  return collect_values(Values(operand_value<T, Outputs>(pools, leaves))...);
}

}  // namespace detail

/// A fused program over Outputs...; call it with bindings to get their values: a std::array
/// when all outputs have one shape, a std::tuple otherwise.
/// `size` is the number of distinct sub-terms computed per call.
template <class... Outputs>
struct program : detail::counted<detail::schedule_of<Outputs...>::steps::size> {
  using scheduled = detail::schedule_of<Outputs...>;
  using steps = typename scheduled::steps;

  template <class T = void, class... B>
  CTGRAD_INLINE constexpr auto operator()(const B&... bindings) const {
    if constexpr (detail::check_bindings<symbols_of<Outputs...>, B...>::valid) {
      using scalar = typename detail::scalar_type<T, B...>::type;  // once the bindings are right
      using list = detail::instruction_list<scheduled, detail::type_list<Outputs...>>;
      return detail::run_program<scalar, typename detail::program_storage<list, scalar>::type>(
          typename list::instructions{}, typename list::outputs{},
          detail::type_list<value_of_shape_t<scalar, shape_of<Outputs>>...>{},
          detail::leaves_of(typename list::symbols{},
                            detail::binding_set<B...>{{bindings.value}...}));
    } else {
      using scalar = typename detail::scalar_type<T>::type;
      return detail::results_t<value_of_shape_t<scalar, shape_of<Outputs>>...>{};
    }
  }
};

/// A program computing each expression, in one pass sharing their sub-terms.
template <expression... E>
constexpr program<E...> compile(E...) {
  static_assert(sizeof...(E) > 0, "ctgrad::compile: give at least one expression");
  return {};
}

/// The program computing f and its derivatives with respect to each x, in one pass:
///   auto [value, dx, dy] = value_and_grad(f, x, y)(x = 1.0, y = 2.0);
/// f is simplified first, as d() does, so the value shares its sub-terms with the derivatives.
template <expression F, class... X>
constexpr auto value_and_grad(F f, X... x) {
  return []<class... D>(detail::type_list<D...>) {
    return ctgrad::compile(decltype(ctgrad::simplify(F{})){}, D{}...);
  }(detail::derivatives(f, x...));
}

}  // namespace ctgrad
