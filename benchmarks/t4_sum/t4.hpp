#pragma once
// T4: f(x) = sum_i exp(x_i) sin(x_{i+1}) + log(1 + x_i^2) for x in R^8, indices wrapping
// (x_8 is x_0); the value and the full gradient.

#include <array>
#include <cmath>
#include <cstddef>

#include "../task.hpp"

namespace t4 {

inline constexpr std::size_t n = 8;
using shape = bench::task_shape<n, 1>;
using input = shape::input;
using output = shape::output;

// The function as the operator-overloading libraries' docs write it: generic over the scalar
// type, elementary functions found by argument-dependent lookup.
struct function {
  template <class T>
  static T term(const std::array<T, n>& x, std::size_t i) {
    using std::exp, std::log, std::sin;
    const T e = exp(x[i]);
    const T s = sin(x[(i + 1) % n]);
    const T q = 1.0 + x[i] * x[i];
    return e * s + log(q);
  }

  template <class T>
  T operator()(const std::array<T, n>& x) const {
    T sum = term(x, 0);
    for (std::size_t i = 1; i < n; ++i) sum += term(x, i);
    return sum;
  }
};

BENCH_DECLARE_SYSTEMS

}  // namespace t4
