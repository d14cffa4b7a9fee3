#pragma once
// compile(f, g, ...): a fused program computing several expressions in one pass. Every distinct
// sub-term of all outputs is computed exactly once, in an order where each comes after its
// operands, into a fixed-size array on the stack. A value and its derivatives share most
// sub-terms (exp(x^2) in y = exp(x^2)^2 and in dy/dx), so this is where fusion pays.

#include <ctgrad/config.hpp>
#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/symbols_of.hpp>
#include <ctgrad/diff/derivative.hpp>
#include <ctgrad/core/shape_of.hpp>
#include <ctgrad/eval/bindings.hpp>
#include <ctgrad/eval/evaluate_node.hpp>
#include <ctgrad/eval/results.hpp>
#include <ctgrad/tensor/tensor.hpp>
#include <ctgrad/program/schedule.hpp>

#include <array>
#include <cstddef>
#include <utility>

namespace ctgrad {
namespace detail {

/// The values of a program's steps, one member per step, each of its step's shape.
template <std::size_t I, class V>
struct slot {
  V value;
};
template <class Sequence, class... V>
struct slot_set;
template <std::size_t... I, class... V>
struct slot_set<std::index_sequence<I...>, V...> : slot<I, V>... {};

template <std::size_t I, class V>
CTGRAD_INLINE constexpr V& slot_at(slot<I, V>& s) { return s.value; }
template <std::size_t I, class V>
CTGRAD_INLINE constexpr const V& slot_at(const slot<I, V>& s) { return s.value; }

template <class Steps>
struct run_steps;

template <class... Steps>
struct run_steps<type_list<Steps...>> {
  template <class T>
  using slots = slot_set<std::index_sequence_for<Steps...>, value_of_shape_t<T, shape_of<Steps>>...>;

  template <class T, class E, class Set>
  CTGRAD_INLINE static constexpr decltype(auto) value(const slots<T>& s, const Set& set) {
    if constexpr (is_node<E>) return slot_at<index_of<E, Steps...>()>(s);
    else return leaf_value<T, E>(set);
  }

  template <class T, class Op, class... A, class Set>
  CTGRAD_INLINE static constexpr auto step(node<Op, A...>, const slots<T>& s, const Set& set) {
    return evaluate_node<T, Op, shape_of<node<Op, A...>>>(value<T, A>(s, set)...);
  }

  template <class T, class... Outputs, class Set>
  [[gnu::flatten]] static constexpr auto run(const Set& set) {
    slots<T> s{};
    // A braced list, not a fold: it runs left to right and has no 256-operand limit.
    [[maybe_unused]] const int in_order[] = {
        0, (slot_at<index_of<Steps, Steps...>()>(s) = step<T>(Steps{}, s, set), 0)...};
    return collect_values(value_of_shape_t<T, shape_of<Outputs>>(value<T, Outputs>(s, set))...);
  }
};

}  // namespace detail

/// A fused program over Outputs...; call it with bindings to get their values: a std::array
/// when all outputs have one shape, a std::tuple otherwise.
template <class... Outputs>
struct program {
  using steps = detail::schedule<Outputs...>;

  /// Number of distinct sub-terms computed per call.
  static constexpr std::size_t size = steps::size;

  template <class T = void, class... B>
  constexpr auto operator()(const B&... bindings) const {
    using scalar = typename detail::scalar_type<T, B...>::type;
    if constexpr (detail::check_bindings<symbols_of<Outputs...>, B...>::valid)
      return detail::run_steps<steps>::template run<scalar, Outputs...>(
          detail::binding_set<B...>{bindings...});
    else
      return detail::results_t<value_of_shape_t<scalar, shape_of<Outputs>>...>{};
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
  return compile(simplify(f), d(f, x)...);
}

}  // namespace ctgrad
