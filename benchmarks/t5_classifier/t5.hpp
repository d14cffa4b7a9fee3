#pragma once
// T5: a classifier. A batch X (16x4) -> 16 tanh units (W1 4x16, b1 16) -> 3 logits (W2 16x3,
// b2 3); loss = the mean over the batch of -log softmax(z)[label], softmax computed stably (the
// row's largest logit subtracted first); the value and the gradient for W1, b1, W2, b2 (the
// input, in that order, matrices row-major).

#include <array>
#include <cmath>
#include <cstddef>

#include "../dense.hpp"
#include "../task.hpp"

namespace t5 {

inline constexpr std::size_t batch = 16;
inline constexpr bench::dense<4, 16> layer1{0};             // W1, b1
inline constexpr bench::dense<16, 3> layer2{layer1.end()};  // W2, b2
inline constexpr std::size_t classes = layer2.outputs;

inline constexpr auto X = bench::seeded<batch, layer1.inputs>(5, -1, 1);
inline constexpr std::array<std::size_t, batch> label = {0, 2, 1, 1, 0, 2, 0, 1,
                                                         2, 2, 1, 0, 1, 0, 2, 1};

inline constexpr std::size_t n = layer2.end();  // 131
using shape = bench::task_shape<n, 1>;
using input = shape::input;
using output = shape::output;

// The function as the operator-overloading libraries' docs write it: generic over the scalar
// type, elementary functions found by argument-dependent lookup.
struct function {
  // -log softmax(z)[label] of row r: log(sum_k exp(z_k - m)) - (z_label - m), m = max_k z_k.
  template <class T>
  static T row_loss(const std::array<T, n>& p, std::size_t r) {
    using std::exp, std::log, std::tanh;
    auto h = layer1(X[r], p);
    for (T& v : h) v = tanh(v);
    const auto z = layer2(h, p);
    T m = z[0];
    for (std::size_t k = 1; k < classes; ++k)
      if (m < z[k]) m = z[k];
    T sum = exp(z[0] - m);
    for (std::size_t k = 1; k < classes; ++k) sum += exp(z[k] - m);
    return log(sum) - (z[label[r]] - m);
  }

  template <class T>
  T operator()(const std::array<T, n>& p) const {
    T loss = row_loss(p, 0);
    for (std::size_t r = 1; r < batch; ++r) loss += row_loss(p, r);
    return loss / static_cast<double>(batch);
  }
};

BENCH_DECLARE_SYSTEMS

}  // namespace t5
