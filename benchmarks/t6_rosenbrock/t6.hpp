#pragma once
// T6: the Rosenbrock function in R^4, f(x) = sum_{i<3} 100 (x_{i+1} - x_i^2)^2 + (1 - x_i)^2;
// the value, the gradient and the full 4x4 Hessian (row-major) in one evaluation.

#include <array>
#include <cstddef>

#include "../task.hpp"

namespace t6 {

inline constexpr std::size_t n = 4;
using shape = bench::task_shape<n, 2>;
using input = shape::input;
using output = shape::output;

// The function as the operator-overloading libraries' docs write it: generic over the scalar
// type.
struct function {
  template <class T>
  static T term(const std::array<T, n>& x, std::size_t i) {
    const T t = x[i + 1] - x[i] * x[i];
    const T u = 1.0 - x[i];
    return 100.0 * t * t + u * u;
  }

  template <class T>
  T operator()(const std::array<T, n>& x) const {
    T sum = term(x, 0);
    for (std::size_t i = 1; i + 1 < n; ++i) sum += term(x, i);
    return sum;
  }
};

BENCH_DECLARE_SYSTEMS

}  // namespace t6
