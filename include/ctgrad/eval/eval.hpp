#pragma once
// eval(e, x = 0.5, ...): the value of an expression, constexpr, by walking its tree. It computes
// a sub-term as often as the tree repeats it; compile() and value_and_grad() compute each
// distinct sub-term once, and are what to use for repeated evaluation.

#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/shape_of.hpp>
#include <ctgrad/core/symbols_of.hpp>
#include <ctgrad/eval/bindings.hpp>
#include <ctgrad/eval/evaluate_node.hpp>
#include <ctgrad/eval/results.hpp>
#include <ctgrad/tensor/tensor.hpp>

#include <array>
#include <boost/hana/tuple.hpp>
#include <boost/hana/unpack.hpp>
#include <cstdint>

namespace ctgrad {
namespace detail {

// Not forced inline, unlike a fused program's steps: a tree walk of an expression whose
// sub-terms are shared has exponentially many paths, and forced inlining would turn each path
// into code. As ordinary functions, each distinct sub-term is one function.
template <class T, class E, class Set>
constexpr value_of_shape_t<T, shape_of<E>> walk(const Set& set) {
  if constexpr (is_node<E>) {
    return []<class Op, std::uint64_t key, auto... a>(node<Op, key, a...>, const Set& s) {
      return evaluate_node<T, Op, shape_of<E>>(walk<T, detail::type_of<a>>(s)...);
    }
    (E{}, set);
  } else {
    return leaf_value<T, E>(set);
  }
}

}  // namespace detail

/// The value of e with the given bindings, in the common type of the bound values (or in T
/// when given: eval<float>(e, x = 1)): a number for a scalar e, a tensor of e's shape
/// otherwise.
template <class T = void, expression E, class... B>
constexpr auto eval(E, const B&... bindings) {
  // The scalar type is read from the bindings only once they are known to be right, so that a
  // wrong binding is reported by its own message first.
  if constexpr (detail::check_bindings<symbols_of<E>, B...>::valid)
    return detail::walk<typename detail::scalar_type<T, B...>::type, E>(
        detail::binding_set<B...>{{bindings.value}...});
  else
    return value_of_shape_t<typename detail::scalar_type<T>::type, shape_of<E>>{};
}

/// Each expression of a tuple (a grad or hessian) evaluated with the same bindings, nested
/// for nested tuples: std::array of the values when they have one type, std::tuple otherwise.
template <class T = void, class... E, class... B>
constexpr auto eval(const boost::hana::tuple<E...>& expressions, const B&... bindings) {
  return boost::hana::unpack(
      expressions, [&](auto... e) { return detail::collect_values(eval<T>(e, bindings...)...); });
}

}  // namespace ctgrad
