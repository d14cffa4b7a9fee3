#pragma once
// compile(f, g, ...): a fused program computing several expressions in one pass. Every distinct
// sub-term of all outputs is computed exactly once, in an order where each comes after its
// operands, into a fixed-size array on the stack. A value and its derivatives share most
// sub-terms (exp(x^2) in y = exp(x^2)^2 and in dy/dx), so this is where fusion pays.

#include <ctgrad/config.hpp>
#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/symbols_of.hpp>
#include <ctgrad/diff/derivative.hpp>
#include <ctgrad/eval/bindings.hpp>
#include <ctgrad/program/schedule.hpp>

#include <array>
#include <cstddef>

namespace ctgrad {
namespace detail {

template <class Steps>
struct run_steps;

template <class... Steps>
struct run_steps<type_list<Steps...>> {
  // A slot for each step, and one more so an all-leaf program still has an array.
  template <class T>
  using slots = std::array<T, sizeof...(Steps) + 1>;

  template <class T, class E, class Set>
  CTGRAD_INLINE static constexpr T value(const slots<T>& s, const Set& set) {
    if constexpr (is_node<E>) return s[index_of<E, Steps...>()];
    else return leaf_value<T, E>(set);
  }

  template <class T, class Op, class... A, class Set>
  CTGRAD_INLINE static constexpr T step(node<Op, A...>, const slots<T>& s, const Set& set) {
    return Op::apply(value<T, A>(s, set)...);
  }

  template <class T, class... Outputs, class Set>
  [[gnu::flatten]] static constexpr std::array<T, sizeof...(Outputs)> run(const Set& set) {
    slots<T> s{};
    // A braced list, not a fold: it runs left to right and has no 256-operand limit.
    [[maybe_unused]] const int in_order[] = {
        0, (s[index_of<Steps, Steps...>()] = step<T>(Steps{}, s, set), 0)...};
    return {value<T, Outputs>(s, set)...};
  }
};

}  // namespace detail

/// A fused program over Outputs...; call it with bindings to get std::array of their values.
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
      return std::array<scalar, sizeof...(Outputs)>{};
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
