#pragma once
// T3: a one-hidden-layer sigmoid net on a batch of 8. h = sigmoid(X·W1 + b1) (b1 added to every
// row), loss = 0.5 sum((h·W2 + b2 - Y)^2), with X 8x4, W1 4x8, b1 8, W2 8x2, b2 2, Y 8x2; the
// value and the gradient for W1, b1, W2, b2 (the input, in that order, matrices row-major).

#include <array>
#include <cstddef>

#include "../dense.hpp"
#include "../task.hpp"

namespace t3 {

inline constexpr std::size_t batch = 8;
inline constexpr bench::dense<4, 8> layer1{0};             // W1, b1
inline constexpr bench::dense<8, 2> layer2{layer1.end()};  // W2, b2

inline constexpr auto X = bench::seeded<batch, layer1.inputs>(3, -1, 1);
inline constexpr auto Y = bench::seeded<batch, layer2.outputs>(33, -1, 1);

inline constexpr std::size_t n = layer2.end();  // 58
using shape = bench::task_shape<n, 1>;
using input = shape::input;
using output = shape::output;

// The function as the operator-overloading libraries' docs write it: generic over the scalar
// type, elementary functions found by argument-dependent lookup.
struct function {
  // Half the squared error of row r.
  template <class T>
  static T row_loss(const std::array<T, n>& p, std::size_t r) {
    auto h = layer1(X[r], p);
    for (T& v : h) v = bench::sigmoid(v);
    const auto y = layer2(h, p);
    T sum(0.0);
    for (std::size_t k = 0; k < layer2.outputs; ++k) {
      const T e = y[k] - Y[r][k];
      sum += e * e;
    }
    return 0.5 * sum;
  }

  template <class T>
  T operator()(const std::array<T, n>& p) const {
    T loss = row_loss(p, 0);
    for (std::size_t r = 1; r < batch; ++r) loss += row_loss(p, r);
    return loss;
  }
};

BENCH_DECLARE_SYSTEMS

}  // namespace t3
