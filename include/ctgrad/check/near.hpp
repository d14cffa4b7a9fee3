#pragma once
// near(a, b, tolerance): the comparison for static_assert checks of floating-point results.

namespace ctgrad {

/// |a - b| <= tolerance, usable in constant evaluation. False when either is NaN.
template <class T, class U, class V>
constexpr bool near(T a, U b, V tolerance) {
  const auto difference = a < b ? b - a : a - b;
  return difference <= tolerance;
}

}  // namespace ctgrad
