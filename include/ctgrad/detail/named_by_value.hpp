#pragma once
// Values as types named by the value. g++ gives every static data member and function it
// instantiates a mangled name spelling out the template arguments of its class, and mangling
// takes time quadratic in the number of distinct types in the name (it searches the types
// named so far for each new one). A member of a class over a whole schedule or expression
// (its size, a table computed from it) is such a name; the same value as a member of one of
// these classes is named by the value alone (docs/design.md, "Where the compile time goes").

#include <cstddef>

namespace ctgrad::detail {

/// A count, as the base of the classes that have one.
template <std::size_t N>
struct counted {
  static constexpr std::size_t size = N;
};

/// A constant computed from a type: a table of integers about a schedule, say.
template <auto V>
struct constant_value {
  static constexpr auto value = V;
};

}  // namespace ctgrad::detail
