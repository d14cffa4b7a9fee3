#pragma once
// Compilers print a fixed_string template argument unreadably (clang 14: {{120, 0}}), but print
// a char pack as 'W', '0'. Error reports therefore carry names spelled as char packs.

#include <ctgrad/core/fixed_string.hpp>

#include <utility>

namespace ctgrad::detail {

template <char... Letters>
struct name {};

template <fixed_string Name, std::size_t... I>
auto spell(std::index_sequence<I...>) -> name<Name.data[I]...>;

template <fixed_string Name>
using spelled = decltype(spell<Name>(std::make_index_sequence<Name.size()>{}));

/// A condition that is false only once instantiated: the compiler then prints Reason's
/// template arguments (the variable's name, the shapes) beside the static_assert message.
template <class Reason>
inline constexpr bool reject = false;

}  // namespace ctgrad::detail
