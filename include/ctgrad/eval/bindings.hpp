#pragma once
// The bindings of one evaluation (`x = 0.5, y = 2.0`): checked against the expression once, at
// compile time, then looked up by name at no run-time cost.

#include <ctgrad/config.hpp>
#include <ctgrad/core/binding.hpp>
#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/node_hash.hpp>
#include <ctgrad/core/symbols_of.hpp>
#include <ctgrad/detail/spelled_name.hpp>
#include <ctgrad/tensor/tensor.hpp>

#include <array>
#include <cstddef>
#include <initializer_list>
#include <string_view>
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

// The checks below look names up in a hash table, rather than instantiating a function or
// variable per name over all the others (v^2 names for g++ to mangle, each spelling out every
// binding: 350 MB of T7's 64-layer program, 130 bindings) or comparing every pair in a loop
// (clang bounds the steps of one constant evaluation, and T7's 130 bindings exceeded them).

/// Names in an open-addressing hash table: built and queried in time linear in their number.
template <std::size_t N>
struct name_set {
  static constexpr std::size_t capacity = 2 * N + 1;  // at most half full: short probes

  std::array<std::string_view, N> names;
  std::array<std::size_t, capacity> slots{};  // 1 + where its name first is in names; 0: empty
  std::array<bool, N> repeated{};             // whether another of names is names[i]

  constexpr explicit name_set(const std::array<std::string_view, N>& of) : names(of) {
    for (std::size_t i = 0; i < N; ++i) {
      std::size_t& slot = slots[probe(names[i])];
      if (slot == 0)
        slot = 1 + i;
      else
        repeated[i] = repeated[slot - 1] = true;
    }
  }

  [[nodiscard]] constexpr bool contains(std::string_view name) const {
    return slots[probe(name)] != 0;
  }

  /// The first of the names marked in among that another name repeats, or not_found.
  [[nodiscard]] constexpr std::size_t first_repeated(const std::array<bool, N>& among) const {
    for (std::size_t i = 0; i < N; ++i)
      if (among[i] && repeated[i]) return i;
    return not_found;
  }
  [[nodiscard]] constexpr std::size_t first_repeated() const {
    std::array<bool, N> all;
    all.fill(true);
    return first_repeated(all);
  }

 private:
  /// The slot holding name, or the empty one where it would go.
  [[nodiscard]] constexpr std::size_t probe(std::string_view name) const {
    std::size_t slot = text_hash(name) % capacity;
    while (slots[slot] != 0 && names[slots[slot] - 1] != name) slot = (slot + 1) % capacity;
    return slot;
  }
};

/// The first of wanted that given does not contain, or not_found.
template <std::size_t N, std::size_t M>
constexpr std::size_t first_missing(const name_set<N>& wanted, const name_set<M>& given) {
  for (std::size_t i = 0; i < N; ++i)
    if (!given.contains(wanted.names[i])) return i;
  return not_found;
}

template <class B>
constexpr void require_is_binding() {
  static_assert(is_binding<B> || reject<error::argument_is_not_a_binding<B>>,
                "ctgrad: evaluation arguments are bindings written `x = value`; this argument "
                "is not one");
}

/// Whether the value bound to S has S's shape (the binding was checked against the symbol
/// written on its left, which may be another symbol of the same name). A class with its answer
/// in a base: a function or a static member per symbol would be named after every binding.
template <class S, class Set,
          class Bound =
              std::remove_cvref_t<decltype(bound_value<S::name>(std::declval<const Set&>()))>>
struct bound_shape_fits
    : std::bool_constant<
          std::is_same_v<typename array_shape<Bound>::shape_type, typename S::shape_type> &&
          (S::shape_type::rank > 0 || !is_tensor<Bound>)> {
  using given = typename array_shape<Bound>::shape_type;
};

// Braced lists, not folds, over the bindings: clang stops a fold of more than 256 operands.
template <class... B>
constexpr bool check_arguments_are_bindings() {
  [[maybe_unused]] const int each[] = {0, (require_is_binding<B>(), 0)...};
  return first_true({!is_binding<B>...}) == not_found;
}

/// Every symbol of the expressions bound exactly once; bindings of other names are allowed.
/// Each failed rule is one static_assert, naming the first offender; `valid` lets callers stop
/// there rather than pile follow-on errors onto it.
template <class Symbols, class... B>
struct check_bindings;
template <class... S, class... B>
struct check_bindings<type_list<S...>, B...> {
  static constexpr bool valid = [] {
    if constexpr (check_arguments_are_bindings<B...>()) {
      constexpr name_set<sizeof...(B)> bound{{B::name.view()...}};
      constexpr name_set<sizeof...(S)> symbols{{S::name.view()...}};
      constexpr std::size_t twice = bound.first_repeated();
      constexpr std::size_t unbound = first_missing(symbols, bound);
      // From the variable's side only, so that a clash is reported once.
      constexpr std::size_t shared =
          symbols.first_repeated({(S::role == symbol_role::variable)...});
      if constexpr (twice != not_found)
        static_assert(reject<error::variable_bound_twice<spelled<type_at<twice, B...>::name>>>,
                      "ctgrad: a variable is bound twice in one evaluation");
      if constexpr (unbound != not_found)
        static_assert(
            reject<error::no_binding_for_variable<spelled<type_at<unbound, S...>::name>>>,
            "ctgrad: a variable of the expression has no binding; bind it as `x = value`");
      if constexpr (shared != not_found)
        static_assert(
            reject<
                error::variable_and_parameter_share_a_name<spelled<type_at<shared, S...>::name>>>,
            "ctgrad: a variable and a parameter of one expression share a name; one binding "
            "cannot tell them apart");
      if constexpr (twice == not_found && unbound == not_found && shared == not_found) {
        using set = binding_set<B...>;
        constexpr std::size_t misfit = first_true({!bound_shape_fits<S, set>::value...});
        if constexpr (misfit != not_found) {
          using symbol = type_at<misfit, S...>;
          static_assert(
              reject<
                  error::binding_has_wrong_shape<spelled<symbol::name>, typename symbol::shape_type,
                                                 typename bound_shape_fits<symbol, set>::given>>,
              "ctgrad: the value bound to a variable must have the variable's shape");
        }
        return misfit == not_found;
      } else {
        return false;
      }
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

/// A value bound to a symbol of shape Shape, in the scalar type T: by reference when it has
/// that type, else converted.
template <class T, class Shape, class Bound>
CTGRAD_INLINE constexpr decltype(auto) bound_in(const Bound& bound) {
  if constexpr (std::is_same_v<Bound, value_of_shape_t<T, Shape>>) {
    return bound;
  } else if constexpr (is_tensor<Bound>) {
    value_of_shape_t<T, Shape> converted;
    for (std::size_t i = 0; i < Bound::size; ++i)
      converted.elements[i] = static_cast<T>(bound.elements[i]);
    return converted;
  } else {
    return static_cast<T>(bound);
  }
}

/// The value of a leaf in the scalar type T: a bound value of that type by reference, anything
/// else converted.
template <class T, class Leaf, class Set>
CTGRAD_INLINE constexpr decltype(auto) leaf_value(const Set& set) {
  if constexpr (is_constant<Leaf>) {
    return Leaf::template as<T>();
  } else {
    return bound_in<T, typename Leaf::shape_type>(bound_value<Leaf::name>(set));
  }
}

}  // namespace detail
}  // namespace ctgrad
