// ctgrad::math::detail -- log as a double-word, shared by log and pow.
//
// Method: x = m * 2^e with m in [sqrt(1/2), sqrt(2)); with f = m - 1 (exact) and
// s = f/(2+f) (computed as a double-word), log(m) = 2*atanh(s) = 2s * sum_n s^(2n)/(2n+1),
// |s| <= 0.1716.  The first four terms run in double-word arithmetic, the tail (to n = 17,
// truncation < 2^-90) in long double.  log(x) = e*ln2 + log(m), all in double-word: the result
// is good to about 2^-88 relative, so log is correctly rounded nearly always and pow can form
// y*log(x) with the ~80 correct bits it needs (|y*log(x)| < 2^14, error < 2^-72).
#ifndef CTGRAD_MATH_DETAIL_LOG_KERNEL_HPP
#define CTGRAD_MATH_DETAIL_LOG_KERNEL_HPP

#include <ctgrad/math/detail/dw.hpp>
#include <ctgrad/math/detail/fp.hpp>
#include <ctgrad/math/detail/poly.hpp>

namespace ctgrad::math::detail {

/// 1/9, 1/11, ..., 1/35: the part of the atanh series that long double carries well enough
/// (each term is below 2^-24 of the sum, so 64 bits of it are 88 bits of the result).
inline constexpr auto log_tail = [] {
  coeffs<14> c{};
  for (int i = 0; i < c.size; ++i) c.c[i] = wide(1) / static_cast<wide>(9 + 2 * i);
  return c;
}();

/// 1/1, 1/3, 1/5, 1/7 as double-words.
struct dw_table {
  dw c[4];
};
inline constexpr dw_table log_head = [] {
  dw_table t{};
  for (int i = 0; i < 4; ++i) t.c[i] = reciprocal(static_cast<wide>(2 * i + 1));
  return t;
}();

/// log(x) for finite x > 0 (subnormals included), as hi + lo.
constexpr dw log_dw(wide x) noexcept {
  split_result sp = frexp1(x);
  if (sp.m > sqrt2) {
    sp.m *= wide(0.5);
    ++sp.e;
  }
  const wide f = sp.m - 1;  // exact (Sterbenz)
  dw lm{0, 0};
  if (f != 0) {
    const dw d = two_sum(2, f);
    const wide s_hi = f / d.hi;
    const dw p = two_prod(s_hi, d.hi);
    const wide s_lo = (((f - p.hi) - p.lo) - s_hi * d.lo) / d.hi;
    const dw s = fast_two_sum(s_hi, s_lo);
    const dw z = mul(s, s);
    dw acc{horner(log_tail, z.hi), 0};
    for (int i = 3; i >= 0; --i) acc = add(log_head.c[i], mul(z, acc));
    lm = mul(s, acc);
    lm = {2 * lm.hi, 2 * lm.lo};
  }
  if (sp.e == 0) return lm;
  return add(mul(ln2, static_cast<wide>(sp.e)), lm);
}

}  // namespace ctgrad::math::detail

#endif  // CTGRAD_MATH_DETAIL_LOG_KERNEL_HPP
