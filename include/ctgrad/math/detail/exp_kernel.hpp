// ctgrad::math::detail -- exp and expm1 kernels shared by exp, tanh and pow.
//
// Method: x = k*ln2 + r with k = nearest(x/ln2) and |r| <= ln2/2 (Cody-Waite, with k*ln2 formed
// exactly by two_prod so r carries ~2p bits); exp(r) - 1 = r + r^2*P(r) with P the Taylor
// polynomial to degree 17 (truncation < 2^-68); exp(x) = 2^k * (1 + (exp(r) - 1)).
#ifndef CTGRAD_MATH_DETAIL_EXP_KERNEL_HPP
#define CTGRAD_MATH_DETAIL_EXP_KERNEL_HPP

#include <ctgrad/math/detail/dw.hpp>
#include <ctgrad/math/detail/fp.hpp>
#include <ctgrad/math/detail/poly.hpp>

namespace ctgrad::math::detail {

/// 1/2!, 1/3!, ..., 1/17!.
inline constexpr auto exp_poly = inverse_factorials<16>(2, 1);

struct exp_reduced {
  dw r;   // remainder r = hi + lo - k*ln2, |r| <= ~0.35
  int k;  // power of two
};

/// Reduce a double-word argument (hi + lo) with |hi| < 2^15.
constexpr exp_reduced exp_reduce(wide hi, wide lo) noexcept {
  const std::int64_t k = nearest_int(hi * log2e);
  const auto kf = static_cast<wide>(k);
  const dw p = two_prod(kf, ln2.hi);  // k*ln2.hi exactly
  const wide r_hi = hi - p.hi;        // exact: hi and p.hi are within a factor two
  const wide r_lo = (lo - p.lo) - kf * ln2.lo;
  return {two_sum(r_hi, r_lo), static_cast<int>(k)};
}

/// exp(r) - 1 for the reduced |r| <= ~0.35, as a double-word good to about 2^-66 relative
/// (only the small r^2 part carries rounding error).
constexpr dw expm1_reduced(dw r) noexcept {
  const wide q = r.hi * r.hi * horner(exp_poly, r.hi);
  return two_sum(r.hi, q + r.lo * (1 + r.hi));
}

/// exp(r) for the reduced r, rounded once to wide.
constexpr wide exp_reduced_value(dw r) noexcept {
  const dw m = expm1_reduced(r);
  const dw s = two_sum(1, m.hi);
  return s.hi + (s.lo + m.lo);
}

/// p * 2^k rounded once to T, with overflow to +inf and gradual underflow.  p in [0.7, 1.42].
template <supported_float T>
constexpr T scale(wide p, int k) noexcept {
  if constexpr (!std::is_same_v<T, wide>) {
    return narrow<T>(p * pow2(k));  // callers keep |k| < 2000: exact in wide
  } else {
    constexpr int emax = std::numeric_limits<wide>::max_exponent;
    constexpr int emin = std::numeric_limits<wide>::min_exponent;
    if (k >= emax) {
      if (k > emax || p >= 1) return std::numeric_limits<wide>::infinity();
      return (p * 2) * pow2(emax - 1);
    }
    if (k < emin) {
      if (k < emin - wide_digits - 3) return 0;
      // Exact scaling into the normal range, then one rounding into the subnormals.
      return (p * pow2(k + 2 * wide_digits)) * pow2(-2 * wide_digits);
    }
    return p * pow2(k);
  }
}

/// expm1(y) for 0 < y <= 64, as a double-word.
constexpr dw expm1_positive(wide y) noexcept {
  const exp_reduced e = exp_reduce(y, 0);
  const dw m = expm1_reduced(e.r);
  if (e.k == 0) return m;
  const wide s = pow2(e.k);
  return add(dw{s * m.hi, s * m.lo}, s - 1);  // 2^k*(1+m) - 1; 2^k - 1 is exact for k <= 64
}

}  // namespace ctgrad::math::detail

#endif  // CTGRAD_MATH_DETAIL_EXP_KERNEL_HPP
