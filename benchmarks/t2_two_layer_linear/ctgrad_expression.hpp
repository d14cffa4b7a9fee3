#pragma once
// T2 as a ctgrad expression, shared by the fused and the unfused translation units.
#include <ctgrad/ctgrad.hpp>

#include "../ctgrad_tensor.hpp"
#include "t2.hpp"

namespace t2::expression {

using namespace ctgrad;

inline constexpr auto X = param<"X", batch, 2>;
inline constexpr auto T = param<"T", batch, 1>;
inline constexpr auto W0 = var<"W0", 2, 3>;
inline constexpr auto W1 = var<"W1", 3, 1>;
inline constexpr auto loss = sum(square(matmul(matmul(X, W0), W1) - T));

// Calls fn(bindings...) with the data and the parameters of p bound.
template <class Fn>
constexpr auto with_bindings(const input& p, Fn fn) {
  return fn(X = t2::X, T = target, W0 = bench::slice<2, 3>(p, layer0.offset),
            W1 = bench::slice<3, 1>(p, layer1.offset));
}

// The output layout: the value, then dW0 and dW1 where W0 and W1 sit in the input.
constexpr output flat(const auto& value, const auto& dW0, const auto& dW1) {
  output out;
  bench::put(out, 0, value);
  bench::put(out, 1 + layer0.offset, dW0);
  bench::put(out, 1 + layer1.offset, dW1);
  return out;
}

}  // namespace t2::expression
