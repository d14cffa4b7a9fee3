#pragma once
// T3 as a ctgrad expression, shared by the fused and the unfused translation units.
#include <ctgrad/ctgrad.hpp>

#include "../ctgrad_tensor.hpp"
#include "t3.hpp"

namespace t3::expression {

using namespace ctgrad;

inline constexpr auto X = param<"X", batch, 4>;
inline constexpr auto Y = param<"Y", batch, 2>;
inline constexpr auto W1 = var<"W1", 4, 8>;
inline constexpr auto b1 = var<"b1", 8>;
inline constexpr auto W2 = var<"W2", 8, 2>;
inline constexpr auto b2 = var<"b2", 2>;
inline constexpr auto h = sigmoid(matmul(X, W1) + b1);
inline constexpr auto loss = 0.5_c * sum(square(matmul(h, W2) + b2 - Y));

template <class Fn>
constexpr auto with_bindings(const input& p, Fn fn) {
  return fn(X = t3::X, Y = t3::Y, W1 = bench::slice<4, 8>(p, layer1.weight(0, 0)),
            b1 = bench::slice<8>(p, layer1.bias(0)), W2 = bench::slice<8, 2>(p, layer2.weight(0, 0)),
            b2 = bench::slice<2>(p, layer2.bias(0)));
}

constexpr output flat(const auto& value, const auto& dW1, const auto& db1, const auto& dW2,
                      const auto& db2) {
  output out;
  bench::put(out, 0, value);
  bench::put(out, 1 + layer1.weight(0, 0), dW1);
  bench::put(out, 1 + layer1.bias(0), db1);
  bench::put(out, 1 + layer2.weight(0, 0), dW2);
  bench::put(out, 1 + layer2.bias(0), db2);
  return out;
}

}  // namespace t3::expression
