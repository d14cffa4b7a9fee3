// ctgrad::math::detail -- polynomial evaluation and coefficient tables.
//
// Coefficients are Taylor coefficients (1/n!, 1/(2n+1)) computed by the compiler rather than
// typed in, so they are exactly the nearest long doubles (or within an ulp for the high-order
// ones, whose terms are far below the rounding error of the result).  Taylor series need a
// few more terms than minimax polynomials would; the reductions keep arguments small enough
// that this costs little.
#ifndef CTGRAD_MATH_DETAIL_POLY_HPP
#define CTGRAD_MATH_DETAIL_POLY_HPP

#include <ctgrad/math/detail/dw.hpp>

namespace ctgrad::math::detail {

/// A fixed-size coefficient array (std::array would pull in more than we need).
template <int N>
struct coeffs {
  wide c[N];
  static constexpr int size = N;
};

/// c[0] + z*(c[1] + z*(... + z*c[N-1])).
template <int N>
constexpr wide horner(const coeffs<N>& c, wide z) noexcept {
  wide acc = c.c[N - 1];
  for (int i = N - 1; i > 0; --i) acc = c.c[i - 1] + z * acc;
  return acc;
}

/// c[i] = 1/(first + i*step)!  for i = 0..N-1, with step 1 or 2.
template <int N>
constexpr coeffs<N> inverse_factorials(int first, int step) noexcept {
  coeffs<N> out{};
  wide f = 1;  // running factorial, exact up to 20! and then rounded once per step
  int n = 1;
  for (int i = 0; i < N; ++i) {
    const int target = first + i * step;
    while (n < target) f *= static_cast<wide>(++n);
    out.c[i] = wide(1) / f;
  }
  return out;
}

}  // namespace ctgrad::math::detail

#endif  // CTGRAD_MATH_DETAIL_POLY_HPP
