#pragma once
// Leaves bound by name at evaluation: variables (`var<"x">`) and parameters (`param<"lr">`).
// Both are empty; the name is part of the type.

#include <ctgrad/core/binding.hpp>
#include <ctgrad/core/fixed_string.hpp>

#include <type_traits>

namespace ctgrad {

enum class symbol_role {
  variable,   ///< an input that check_gradient and whole-gradient helpers differentiate
  parameter,  ///< a run-time input that is bound but only differentiated when asked
};

template <fixed_string Name, symbol_role Role>
struct symbol {
  static constexpr auto name = Name;
  static constexpr symbol_role role = Role;

  /// `x = 0.5` binds the value 0.5 to x for one evaluation.
  template <class Value>
  constexpr binding<Name, Value> operator=(Value value) const {  // NOLINT(misc-unconventional-assign-operator)
    return {value};
  }
};

template <fixed_string Name>
using variable = symbol<Name, symbol_role::variable>;
template <fixed_string Name>
using parameter = symbol<Name, symbol_role::parameter>;

/// `var<"x">` is the variable named x.
template <fixed_string Name>
inline constexpr variable<Name> var{};
/// `param<"a">` is a run-time parameter named a: bound at evaluation like a variable, left out
/// of check_gradient, and differentiated only when named in d() or grad().
template <fixed_string Name>
inline constexpr parameter<Name> param{};

namespace detail {
template <class T>
inline constexpr bool is_symbol_v = false;
template <fixed_string Name, symbol_role Role>
inline constexpr bool is_symbol_v<symbol<Name, Role>> = true;
}  // namespace detail

template <class T>
inline constexpr bool is_symbol = detail::is_symbol_v<std::remove_cvref_t<T>>;

}  // namespace ctgrad
