#pragma once
// T2: the textbook two-layer linear net. X (4x2) = [[0,0],[0,1],[1,0],[1,1]], target (4x1) =
// [[0],[1],[0],[1]], loss = sum((X·W0·W1 - target)^2) with W0 2x3 and W1 3x1; the value and the
// gradient for W0 and W1 (the input: W0 row-major, then W1).

#include <array>
#include <cstddef>

#include "../dense.hpp"
#include "../task.hpp"

namespace t2 {

inline constexpr std::size_t batch = 4;
inline constexpr bench::matrix<batch, 2> X = {{{0, 0}, {0, 1}, {1, 0}, {1, 1}}};
inline constexpr bench::matrix<batch, 1> target = {{{0}, {1}, {0}, {1}}};

inline constexpr bench::dense<2, 3, false> layer0{0};
inline constexpr bench::dense<3, 1, false> layer1{layer0.end()};

inline constexpr std::size_t n = layer1.end();  // 9
using shape = bench::task_shape<n, 1>;
using input = shape::input;
using output = shape::output;

// The function as the operator-overloading libraries' docs write it: generic over the scalar
// type.
struct function {
  template <class T>
  static T squared_error(const std::array<T, n>& p, std::size_t r) {
    const T e = layer1(layer0(X[r], p), p)[0] - target[r][0];
    return e * e;
  }

  template <class T>
  T operator()(const std::array<T, n>& p) const {
    T loss = squared_error(p, 0);
    for (std::size_t r = 1; r < batch; ++r) loss += squared_error(p, r);
    return loss;
  }
};

BENCH_DECLARE_SYSTEMS

}  // namespace t2
