#pragma once
// T1: y = square(exp(square(x))) and dy/dx.

#include <array>
#include <cmath>

#include "../task.hpp"

namespace t1 {

using shape = bench::task_shape<1, 1>;
using input = shape::input;
using output = shape::output;

// The function as the operator-overloading libraries' docs write it: generic over the scalar
// type, elementary functions found by argument-dependent lookup.
struct function {
  template <class T>
  T operator()(const std::array<T, 1>& x) const {
    using std::exp;
    const T e = exp(x[0] * x[0]);
    return e * e;
  }
};

BENCH_DECLARE_SYSTEMS

}  // namespace t1
