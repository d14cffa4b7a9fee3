#pragma once
// The elementary functions on one scalar, for any number type: float, double and long double
// go to ctgrad::math (usable in constant evaluation, identical to <cmath> at run time); any
// other number-like type (Boost.Math's autodiff fvar, an interval type) is found by
// argument-dependent lookup, with <cmath> as the fallback for integer-like types.

#include <ctgrad/math.hpp>

#include <cmath>
#include <concepts>

namespace ctgrad::scalar {

template <class T>
constexpr T exp(const T& a) {
  if constexpr (std::floating_point<T>)
    return math::exp(a);
  else {
    using std::exp;
    return exp(a);
  }
}
template <class T>
constexpr T log(const T& a) {
  if constexpr (std::floating_point<T>)
    return math::log(a);
  else {
    using std::log;
    return log(a);
  }
}
template <class T>
constexpr T sqrt(const T& a) {
  if constexpr (std::floating_point<T>)
    return math::sqrt(a);
  else {
    using std::sqrt;
    return sqrt(a);
  }
}
template <class T>
constexpr T sin(const T& a) {
  if constexpr (std::floating_point<T>)
    return math::sin(a);
  else {
    using std::sin;
    return sin(a);
  }
}
template <class T>
constexpr T cos(const T& a) {
  if constexpr (std::floating_point<T>)
    return math::cos(a);
  else {
    using std::cos;
    return cos(a);
  }
}
template <class T>
constexpr T tanh(const T& a) {
  if constexpr (std::floating_point<T>)
    return math::tanh(a);
  else {
    using std::tanh;
    return tanh(a);
  }
}
template <class T>
constexpr T pow(const T& a, const T& b) {
  if constexpr (std::floating_point<T>)
    return math::pow(a, b);
  else {
    using std::pow;
    return pow(a, b);
  }
}

}  // namespace ctgrad::scalar
