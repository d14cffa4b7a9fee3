#pragma once
// T5 as a ctgrad expression, shared by the fused and the unfused translation units.
#include <ctgrad/ctgrad.hpp>

#include "../ctgrad_tensor.hpp"
#include "t5.hpp"

namespace t5::expression {

using namespace ctgrad;

inline constexpr auto X = param<"X", batch, 4>;
inline constexpr auto labels = param<"labels", batch>;
inline constexpr auto W1 = var<"W1", 4, 16>;
inline constexpr auto b1 = var<"b1", 16>;
inline constexpr auto W2 = var<"W2", 16, classes>;
inline constexpr auto b2 = var<"b2", classes>;
inline constexpr auto logits = matmul(tanh(matmul(X, W1) + b1), W2) + b2;
inline constexpr auto loss = cross_entropy(logits, labels);

// The class indices as numbers, the form cross_entropy takes them in.
inline constexpr auto label_values = [] {
  ctgrad::tensor<double, batch> t{};
  for (std::size_t r = 0; r < batch; ++r) t[r] = static_cast<double>(label[r]);
  return t;
}();

template <class Fn>
constexpr auto with_bindings(const input& p, Fn fn) {
  return fn(X = t5::X, labels = label_values, W1 = bench::slice<4, 16>(p, layer1.weight(0, 0)),
            b1 = bench::slice<16>(p, layer1.bias(0)),
            W2 = bench::slice<16, classes>(p, layer2.weight(0, 0)),
            b2 = bench::slice<classes>(p, layer2.bias(0)));
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

}  // namespace t5::expression
