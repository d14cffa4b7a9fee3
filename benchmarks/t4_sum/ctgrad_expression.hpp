#pragma once
// T4 as a ctgrad expression, shared by the fused and the unfused translation units.
#include <ctgrad/ctgrad.hpp>

namespace t4::expression {

using namespace ctgrad;

inline constexpr auto x0 = var<"x0">;
inline constexpr auto x1 = var<"x1">;
inline constexpr auto x2 = var<"x2">;
inline constexpr auto x3 = var<"x3">;
inline constexpr auto x4 = var<"x4">;
inline constexpr auto x5 = var<"x5">;
inline constexpr auto x6 = var<"x6">;
inline constexpr auto x7 = var<"x7">;

constexpr auto term(auto a, auto b) { return exp(a) * sin(b) + log(1_c + square(a)); }

inline constexpr auto f = term(x0, x1) + term(x1, x2) + term(x2, x3) + term(x3, x4) +
                          term(x4, x5) + term(x5, x6) + term(x6, x7) + term(x7, x0);

// Calls fn(f, x0, ..., x7, bindings...) with every variable bound to its entry of x.
template <class X, class Fn>
constexpr auto with_bindings(const X& x, Fn fn) {
  return fn(x0 = x[0], x1 = x[1], x2 = x[2], x3 = x[3], x4 = x[4], x5 = x[5], x6 = x[6],
            x7 = x[7]);
}

}  // namespace t4::expression
