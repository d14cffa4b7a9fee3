#pragma once
// compile(f, g, ...): a fused program computing several expressions in one pass. Every distinct
// sub-term of all outputs is computed exactly once, in an order where each comes after its
// operands, into a stack slot of its own shape; an element-wise step used once by an
// element-wise step of its shape is computed inside that step's loop instead. A value and its
// derivatives share most sub-terms (exp(x^2) in y = exp(x^2)^2 and in dy/dx), so this is where
// fusion pays.

#include <ctgrad/config.hpp>
#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/shape_of.hpp>
#include <ctgrad/core/symbols_of.hpp>
#include <ctgrad/diff/derivative.hpp>
#include <ctgrad/eval/bindings.hpp>
#include <ctgrad/eval/evaluate_node.hpp>
#include <ctgrad/eval/results.hpp>
#include <ctgrad/program/schedule.hpp>
#include <ctgrad/tensor/tensor.hpp>

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

/// How many times E is an operand of node N (x*x uses x twice).
template <class E, class N>
inline constexpr std::size_t operand_count = 0;
template <class E, class Op, class... A>
inline constexpr std::size_t operand_count<E, node<Op, A...>> = (std::size_t{std::is_same_v<E, A>} + ... + 0);

template <class Steps, class Outputs>
struct run_steps;

template <class... Steps, class... Outputs>
struct run_steps<type_list<Steps...>, type_list<Outputs...>> {
  template <class T>
  using slots = slot_set<std::index_sequence_for<Steps...>, value_of_shape_t<T, shape_of<Steps>>...>;

  /// Element-wise chains run as one loop: an element-wise step whose one use is by an
  /// element-wise step of its shape, and that is not an output, is computed element by element
  /// inside its user's loop rather than into a slot of its own (s * (1 - s) is one pass).
  template <class E>
  static constexpr bool fused_into_user = [] {
    if constexpr (!is_elementwise<typename E::operation> || shape_of<E>::rank == 0) {
      return false;
    } else {
      constexpr std::size_t uses[] = {operand_count<E, Steps>...};
      constexpr bool same_loop[] = {(is_elementwise<typename Steps::operation> &&
                                     std::is_same_v<shape_of<Steps>, shape_of<E>>)...};
      std::size_t total = 0;
      std::size_t user = 0;
      for (std::size_t i = 0; i < sizeof...(Steps); ++i) {
        if (uses[i] != 0) user = i;
        total += uses[i];
      }
      return total == 1 && same_loop[user] && index_of<E, Outputs...>() == not_found;
    }
  }();

  template <class T, class E, class Set>
  CTGRAD_INLINE static constexpr decltype(auto) value(const slots<T>& s, const Set& set) {
    if constexpr (is_node<E>) return slot_at<index_of<E, Steps...>()>(s);
    else return leaf_value<T, E>(set);
  }

  /// Element i of operand E of an element-wise step of Size elements. A bound value is read
  /// in place and only that element converted, so a float tensor in a double program costs
  /// one conversion per element, not a converted copy per element.
  template <std::size_t Size, class T, class E, class Set>
  CTGRAD_INLINE static constexpr T element(const slots<T>& s, const Set& set, std::size_t i) {
    if constexpr (is_symbol<E>) {
      return static_cast<T>(element_for<Size>(bound_value<E::name>(set), i));
    } else if constexpr (!is_node<E>) {
      return E::template as<T>();
    } else if constexpr (fused_into_user<E>) {
      return []<class Op, class... A>(node<Op, A...>, const slots<T>& s_, const Set& set_, std::size_t i_) {
        return static_cast<T>(Op::apply(element<Size, T, A>(s_, set_, i_)...));
      }(E{}, s, set, i);
    } else {
      return element_for<Size>(slot_at<index_of<E, Steps...>()>(s), i);
    }
  }

  template <class T, class Op, class... A, class Set>
  CTGRAD_INLINE static constexpr auto step(node<Op, A...>, const slots<T>& s, const Set& set) {
    using out_shape = shape_of<node<Op, A...>>;
    if constexpr (is_elementwise<Op> && out_shape::rank > 0) {
      value_of_shape_t<T, out_shape> out;
      for (std::size_t i = 0; i < out_shape::size; ++i)
        out.elements[i] = static_cast<T>(Op::apply(element<out_shape::size, T, A>(s, set, i)...));
      return out;
    } else {
      return evaluate_node<T, Op, out_shape>(value<T, A>(s, set)...);
    }
  }

  template <class T, class E, class Set>
  CTGRAD_INLINE static constexpr void run_step(slots<T>& s, const Set& set) {
    if constexpr (!fused_into_user<E>) slot_at<index_of<E, Steps...>()>(s) = step<T>(E{}, s, set);
  }

  // Inlined into the caller as well, so bindings stay in registers and constant data (a fixed
  // input matrix) folds into the steps.
  template <class T, class Set>
  [[gnu::flatten, gnu::always_inline]] inline static constexpr auto run(const Set& set) {
    slots<T> s;  // every slot is written before it is read
    // A braced list, not a fold: it runs left to right and has no 256-operand limit.
    [[maybe_unused]] const int in_order[] = {0, (run_step<T, Steps>(s, set), 0)...};
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
  CTGRAD_INLINE constexpr auto operator()(const B&... bindings) const {
    using scalar = typename detail::scalar_type<T, B...>::type;
    if constexpr (detail::check_bindings<symbols_of<Outputs...>, B...>::valid)
      return detail::run_steps<steps, detail::type_list<Outputs...>>::template run<scalar>(
          detail::binding_set<B...>{{bindings.value}...});
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
