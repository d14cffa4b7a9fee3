#pragma once
// A value bound to a named symbol for evaluation: what `x = 0.5` returns.

#include <ctgrad/core/fixed_string.hpp>

namespace ctgrad {

template <fixed_string Name, class Value>
struct binding {
  static constexpr auto name = Name;
  Value value;
};

namespace detail {
/// What a binding keeps of a value bound to a symbol. A scalar or a tensor is kept as given;
/// the tensor layer specialises this for nested std::array and C arrays, which it keeps as
/// tensors, so that core need not know any value type.
template <class Value>
struct bound_storage {
  using type = Value;
  static constexpr const Value& store(const Value& value) noexcept { return value; }
};
}  // namespace detail

template <class T>
inline constexpr bool is_binding = false;
template <fixed_string Name, class Value>
inline constexpr bool is_binding<binding<Name, Value>> = true;

}  // namespace ctgrad
