#pragma once
// Comparisons shared by the tests: error relative to max(1, |a|, |b|), so values near zero
// are compared absolutely and large ones relatively.

#include <cmath>

namespace ctgrad_test {

template <class T>
T scaled_difference(T a, T b) {
  using std::abs;
  T scale = T(1);
  if (abs(a) > scale) scale = abs(a);
  if (abs(b) > scale) scale = abs(b);
  return abs(a - b) / scale;
}

template <class T>
bool close(T a, T b, T tolerance) {
  return scaled_difference(a, b) <= tolerance;
}

/// n + 1 evenly spaced points from lo to hi, both included.
template <class F>
void for_points(double lo, double hi, int n, F f) {
  for (int i = 0; i <= n; ++i) f(lo + (hi - lo) * i / n);
}

}  // namespace ctgrad_test
