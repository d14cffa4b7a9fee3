#pragma once
// Leaves bound by name at evaluation: variables (`var<"x">`, `var<"W", 2, 3>`) and parameters
// (`param<"lr">`). Both are empty; the name and the shape are part of the type.

#include <ctgrad/core/binding.hpp>
#include <ctgrad/core/fixed_string.hpp>
#include <ctgrad/core/shape.hpp>

#include <type_traits>

namespace ctgrad {

enum class symbol_role {
  variable,   ///< an input that check_gradient and whole-gradient helpers differentiate
  parameter,  ///< a run-time input that is bound but only differentiated when asked
};

template <fixed_string Name, symbol_role Role, class Shape = shape<>>
struct symbol {
  static constexpr auto name = Name;
  static constexpr symbol_role role = Role;
  using shape_type = Shape;

  /// `x = 0.5` binds 0.5 to x for one evaluation; `W = w` binds a tensor, or a nested
  /// std::array or C array, of W's shape (stored as a tensor). The evaluation that reads the
  /// binding checks its shape against the variable's.
  template <class Value>
  // NOLINTNEXTLINE(misc-unconventional-assign-operator): it returns a binding, on purpose
  constexpr auto operator=(const Value& value) const {
    using storage = detail::bound_storage<Value>;
    return binding<Name, typename storage::type>{storage::store(value)};
  }
};

template <fixed_string Name, std::size_t... Dims>
using variable = symbol<Name, symbol_role::variable, shape<Dims...>>;
template <fixed_string Name, std::size_t... Dims>
using parameter = symbol<Name, symbol_role::parameter, shape<Dims...>>;

/// `var<"x">` is the scalar variable x; `var<"W", 2, 3>` a 2x3 matrix variable.
template <fixed_string Name, std::size_t... Dims>
inline constexpr variable<Name, Dims...> var{};
/// `param<"a">` is a run-time parameter named a: bound at evaluation like a variable, left out
/// of check_gradient, and differentiated only when named in d() or grad(). Shaped like var.
template <fixed_string Name, std::size_t... Dims>
inline constexpr parameter<Name, Dims...> param{};

namespace detail {
template <class T>
struct symbol_test : std::false_type {};
template <fixed_string Name, symbol_role Role, class Shape>
struct symbol_test<symbol<Name, Role, Shape>> : std::true_type {};
}  // namespace detail

/// A concept over a class, not a variable template (see is_constant).
template <class T>
concept is_symbol = detail::symbol_test<std::remove_cvref_t<T>>::value;

}  // namespace ctgrad
