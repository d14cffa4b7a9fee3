#pragma once
// The bindings of one evaluation (`x = 0.5, y = 2.0`): checked against the expression once, at
// compile time, then looked up by name at no run-time cost.

#include <ctgrad/config.hpp>
#include <ctgrad/core/binding.hpp>
#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/symbols_of.hpp>
#include <ctgrad/detail/spelled_name.hpp>
#include <ctgrad/tensor/tensor.hpp>

#include <cstddef>
#include <type_traits>
#include <utility>

namespace ctgrad {

/// Evaluation reports: the compiler prints the offending name inside the template argument.
namespace error {
template <class Name>
struct no_binding_for_variable {};
template <class Name>
struct variable_bound_twice {};
template <class Argument>
struct argument_is_not_a_binding {};
template <class Name>
struct variable_and_parameter_share_a_name {};
template <class Name, class Expected, class Given>
struct binding_has_wrong_shape {};
}  // namespace error

namespace detail {

/// The value of one binding, by reference: an evaluation reads the caller's bindings in
/// place rather than copying every bound tensor first.
template <class B>
struct bound_reference;
template <fixed_string Name, class Value>
struct bound_reference<binding<Name, Value>> {
  const Value& value;
};

/// All bindings of one evaluation, each a base class, so a name finds its binding by
/// overload resolution. Built as binding_set<B...>{{bindings.value}...}.
template <class... B>
struct binding_set : bound_reference<B>... {};

template <fixed_string Name, class Value>
constexpr const Value& bound_value(const bound_reference<binding<Name, Value>>& b) {
  return b.value;
}

template <class Symbol, class... B>
inline constexpr bool is_bound = ((B::name == Symbol::name) || ...);

/// How many of All... carry X's name (X and All being bindings, or symbols).
template <class X, class... All>
inline constexpr int named_alike = (int{X::name == All::name} + ... + 0);

template <class Symbol, class... B>
constexpr void require_binding() {
  static_assert(
      is_bound<Symbol, B...> || reject<error::no_binding_for_variable<spelled<Symbol::name>>>,
      "ctgrad: a variable of the expression has no binding; bind it as `x = value`");
}

template <class S, class... All>
constexpr void require_distinct_name() {
  // Checked from the variable's side only, so a clash is reported once.
  static_assert(S::role == symbol_role::parameter || named_alike<S, All...> == 1 ||
                    reject<error::variable_and_parameter_share_a_name<spelled<S::name>>>,
                "ctgrad: a variable and a parameter of one expression share a name; one binding "
                "cannot tell them apart");
}

template <class B, class... All>
constexpr void require_single_binding() {
  static_assert(
      named_alike<B, All...> == 1 || reject<error::variable_bound_twice<spelled<B::name>>>,
      "ctgrad: a variable is bound twice in one evaluation");
}

template <class B>
constexpr void require_is_binding() {
  static_assert(is_binding<B> || reject<error::argument_is_not_a_binding<B>>,
                "ctgrad: evaluation arguments are bindings written `x = value`; this argument "
                "is not one");
}

template <class... B>
constexpr bool check_arguments_are_bindings() {
  (require_is_binding<B>(), ...);
  return (is_binding<B> && ...);
}

/// The value bound to S has S's shape (the binding was checked against the symbol written on
/// its left, which may be another symbol of the same name).
template <class S, class... B>
constexpr bool require_bound_shape() {
  using bound =
      std::remove_cvref_t<decltype(bound_value<S::name>(std::declval<const binding_set<B...>&>()))>;
  using given = typename array_shape<bound>::shape_type;
  constexpr bool fits = std::is_same_v<given, typename S::shape_type> &&
                        (S::shape_type::rank > 0 || !is_tensor<bound>);
  static_assert(
      fits ||
          reject<error::binding_has_wrong_shape<spelled<S::name>, typename S::shape_type, given>>,
      "ctgrad: the value bound to a variable must have the variable's shape");
  return fits;
}

/// Every symbol of the expressions bound exactly once; bindings of other names are allowed.
/// Each failed rule is one static_assert; `valid` lets callers stop there rather than pile
/// follow-on errors onto it.
template <class Symbols, class... B>
struct check_bindings;
template <class... S, class... B>
struct check_bindings<type_list<S...>, B...> {
  static constexpr bool valid = [] {
    if constexpr (check_arguments_are_bindings<B...>()) {
      (require_single_binding<B, B...>(), ...);
      (require_binding<S, B...>(), ...);
      (require_distinct_name<S, S...>(), ...);
      if constexpr (((named_alike<B, B...> == 1) && ...) && (is_bound<S, B...> && ...) &&
                    ((named_alike<S, S...> == 1) && ...))
        return (require_bound_shape<S, B...>() && ...);
      else
        return false;
    } else {
      return false;
    }
  }();
};

/// The scalar type of an evaluation: the common type of the bound values (the element type
/// of bound tensors), with integers promoted to double (so `x = 2` evaluates in double), or
/// Requested when given.
template <class Requested, class... B>
struct scalar_type {
  using type = Requested;
};
template <class B>
struct bound_type {
  using type = double;  // not a binding: reported by check_bindings, any type serves here
};
template <fixed_string Name, class Value>
struct bound_type<binding<Name, Value>> {
  using type = typename array_shape<Value>::element;
};
template <class... B>
struct scalar_type<void, B...> {
  using common = std::common_type_t<typename bound_type<B>::type...>;
  using type = std::conditional_t<std::is_integral_v<common>, double, common>;
};
template <>
struct scalar_type<void> {
  using type = double;
};

/// The value of a leaf in the scalar type T: a bound value of that type by reference, anything
/// else converted.
template <class T, class Leaf, class Set>
CTGRAD_INLINE constexpr decltype(auto) leaf_value(const Set& set) {
  if constexpr (is_constant<Leaf>) {
    return Leaf::template as<T>();
  } else {
    const auto& bound = bound_value<Leaf::name>(set);
    using bound_t = std::remove_cvref_t<decltype(bound)>;
    if constexpr (std::is_same_v<bound_t, value_of_shape_t<T, typename Leaf::shape_type>>) {
      return bound;
    } else if constexpr (is_tensor<bound_t>) {
      value_of_shape_t<T, typename Leaf::shape_type> converted;
      for (std::size_t i = 0; i < bound_t::size; ++i)
        converted.elements[i] = static_cast<T>(bound.elements[i]);
      return converted;
    } else {
      return static_cast<T>(bound);
    }
  }
}

}  // namespace detail
}  // namespace ctgrad
