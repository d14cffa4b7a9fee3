#pragma once
// eval(e, x = 0.5, ...): the value of an expression, constexpr, by walking its tree. It computes
// a sub-term as often as the tree repeats it; compile() and value_and_grad() compute each
// distinct sub-term once, and are what to use for repeated evaluation.

#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/symbols_of.hpp>
#include <ctgrad/eval/bindings.hpp>

#include <array>
#include <boost/hana/tuple.hpp>
#include <boost/hana/unpack.hpp>

namespace ctgrad {
namespace detail {

// Not forced inline, unlike a fused program's steps: a tree walk of an expression whose
// sub-terms are shared has exponentially many paths, and forced inlining would turn each path
// into code. As ordinary functions, each distinct sub-term is one function.
template <class T, class E, class Set>
constexpr T walk(const Set& set) {
  if constexpr (is_node<E>) {
    return []<class Op, class... A>(node<Op, A...>, const Set& s) {
      return Op::apply(walk<T, A>(s)...);
    }(E{}, set);
  } else {
    return leaf_value<T, E>(set);
  }
}

}  // namespace detail

/// The value of e with the given bindings, in the common type of the bound values (or in T
/// when given: eval<float>(e, x = 1)).
template <class T = void, expression E, class... B>
constexpr auto eval(E, const B&... bindings) {
  using scalar = typename detail::scalar_type<T, B...>::type;
  if constexpr (detail::check_bindings<symbols_of<E>, B...>::valid)
    return detail::walk<scalar, E>(detail::binding_set<B...>{bindings...});
  else
    return scalar{};
}

/// Each expression of a tuple (a grad or hessian) evaluated with the same bindings:
/// std::array of the values, nested for nested tuples.
template <class T = void, class... E, class... B>
constexpr auto eval(const boost::hana::tuple<E...>& expressions, const B&... bindings) {
  return boost::hana::unpack(expressions, [&](auto... e) {
    return std::array{eval<T>(e, bindings...)...};
  });
}

}  // namespace ctgrad
