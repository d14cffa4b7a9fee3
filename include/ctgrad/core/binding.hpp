#pragma once
// A value bound to a named symbol for evaluation: what `x = 0.5` returns.

#include <ctgrad/core/fixed_string.hpp>

namespace ctgrad {

template <fixed_string Name, class Value>
struct binding {
  static constexpr auto name = Name;
  Value value;
};

template <class T>
inline constexpr bool is_binding = false;
template <fixed_string Name, class Value>
inline constexpr bool is_binding<binding<Name, Value>> = true;

}  // namespace ctgrad
