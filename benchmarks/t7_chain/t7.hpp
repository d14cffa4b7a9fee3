#pragma once
// T7: a chain of Depth sigmoid layers of width 3. h_0 = x (a fixed 1x3 row), h_{k+1} =
// sigmoid(h_k·W_k + b_k) with W_k 3x3 and b_k 3, loss = 0.5 sum((h_Depth - y)^2) with y a fixed
// 1x3 row; the value and the gradient for every W_k and b_k (the input: W_0, b_0, W_1, b_1, ...,
// 12 per layer, W_k row-major). t7_chain8/ and t7_chain16/ instantiate it with 8 and 16 layers.

#include <array>
#include <cstddef>

#include "../dense.hpp"
#include "../task.hpp"

namespace t7 {

inline constexpr std::size_t width = 3;
using layer_type = bench::dense<width, width>;

inline constexpr std::array<double, width> x = {0.5, -0.25, 0.75};
inline constexpr std::array<double, width> y = {0.2, 0.7, 0.4};

constexpr layer_type layer(std::size_t k) { return {k * layer_type::size}; }

template <std::size_t Depth>
using shape = bench::task_shape<Depth * layer_type::size, 1>;

// The function as the operator-overloading libraries' docs write it: generic over the scalar
// type.
template <std::size_t Depth>
struct function {
  template <class T>
  T operator()(const std::array<T, Depth * layer_type::size>& p) const {
    std::array<T, width> h = layer(0)(x, p);
    for (T& v : h) v = bench::sigmoid(v);
    for (std::size_t k = 1; k < Depth; ++k) {
      const std::array<T, width> a = layer(k)(h, p);
      for (std::size_t j = 0; j < width; ++j) h[j] = bench::sigmoid(a[j]);
    }
    T loss(0.0);
    for (std::size_t j = 0; j < width; ++j) {
      const T e = h[j] - y[j];
      loss += e * e;
    }
    return 0.5 * loss;
  }
};

}  // namespace t7

// One depth's task, t7_<Depth>: its shape, its function and the declarations of its
// implementations, as every other task's header has them.
#define BENCH_T7_TASK(Depth)                    \
  namespace t7_##Depth {                        \
    inline constexpr std::size_t depth = Depth; \
    using shape = t7::shape<Depth>;             \
    using input = shape::input;                 \
    using output = shape::output;               \
    using function = t7::function<Depth>;       \
    BENCH_DECLARE_SYSTEMS                       \
  }
