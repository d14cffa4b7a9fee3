#pragma once
// T1 as a ctgrad expression, shared by the fused and the unfused translation units.
#include <ctgrad/ctgrad.hpp>

namespace t1::expression {

using namespace ctgrad;

inline constexpr auto x = var<"x">;
inline constexpr auto y = square(exp(square(x)));

}  // namespace t1::expression
