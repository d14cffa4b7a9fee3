#pragma once
// T6 as a ctgrad expression, shared by the fused and the unfused translation units.
#include <ctgrad/ctgrad.hpp>

namespace t6::expression {

using namespace ctgrad;

inline constexpr auto x0 = var<"x0">;
inline constexpr auto x1 = var<"x1">;
inline constexpr auto x2 = var<"x2">;
inline constexpr auto x3 = var<"x3">;

constexpr auto term(auto a, auto b) { return 100_c * square(b - square(a)) + square(1_c - a); }

inline constexpr auto f = term(x0, x1) + term(x1, x2) + term(x2, x3);

template <class X, class Fn>
constexpr auto with_bindings(const X& x, Fn fn) {
  return fn(x0 = x[0], x1 = x[1], x2 = x[2], x3 = x[3]);
}

}  // namespace t6::expression
