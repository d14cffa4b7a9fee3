// ctgrad::math::detail -- double-word ("double-long-double") arithmetic.
//
// A value is carried as an unevaluated sum hi + lo with |lo| <= ulp(hi)/2, giving about twice
// the precision of `wide`.  pow needs it: y*log(x) must be known to ~2^-80 relative for a long
// double result to be right to an ulp.  Products are made exact with Veltkamp splitting (no
// fused multiply-add: std::fma is not constexpr in C++20).
#ifndef CTGRAD_MATH_DETAIL_DW_HPP
#define CTGRAD_MATH_DETAIL_DW_HPP

#include <ctgrad/math/detail/fp.hpp>

namespace ctgrad::math::detail {

struct dw {
  wide hi;
  wide lo;
};

/// a + b exactly, as hi + lo (Knuth's branch-free two-sum).
constexpr dw two_sum(wide a, wide b) noexcept {
  const wide s = a + b;
  const wide bb = s - a;
  const wide err = (a - (s - bb)) + (b - bb);
  return {s, err};
}

/// a + b exactly, given |a| >= |b| (or a == 0).
constexpr dw fast_two_sum(wide a, wide b) noexcept {
  const wide s = a + b;
  return {s, b - (s - a)};
}

/// Veltkamp split of a into two halves of at most ceil(p/2) bits each, so that products of
/// halves are exact.  Requires |a| < max/2^33.
constexpr dw split(wide a) noexcept {
  constexpr wide c = pow2((wide_digits + 1) / 2) + 1;
  const wide t = c * a;
  const wide h = t - (t - a);
  return {h, a - h};
}

/// a * b exactly, as hi + lo (Dekker).  No overflow or underflow may occur.
constexpr dw two_prod(wide a, wide b) noexcept {
  const wide p = a * b;
  const dw as = split(a);
  const dw bs = split(b);
  const wide err = ((as.hi * bs.hi - p) + as.hi * bs.lo + as.lo * bs.hi) + as.lo * bs.lo;
  return {p, err};
}

/// Double-word sum (the accurate variant: relative error about 2^-2p even under cancellation).
constexpr dw add(dw a, dw b) noexcept {
  dw s = two_sum(a.hi, b.hi);
  const dw t = two_sum(a.lo, b.lo);
  s.lo += t.hi;
  s = fast_two_sum(s.hi, s.lo);
  s.lo += t.lo;
  return fast_two_sum(s.hi, s.lo);
}

constexpr dw add(dw a, wide b) noexcept {
  dw s = two_sum(a.hi, b);
  s.lo += a.lo;
  return fast_two_sum(s.hi, s.lo);
}

/// Double-word products.
constexpr dw mul(dw a, dw b) noexcept {
  dw p = two_prod(a.hi, b.hi);
  p.lo += a.hi * b.lo + a.lo * b.hi;
  return fast_two_sum(p.hi, p.lo);
}

constexpr dw mul(dw a, wide b) noexcept {
  dw p = two_prod(a.hi, b);
  p.lo += a.lo * b;
  return fast_two_sum(p.hi, p.lo);
}

/// Double-word quotient: one long division step on the exact remainder.
constexpr dw div(dw a, dw b) noexcept {
  const wide q1 = a.hi / b.hi;
  const dw p = mul(b, q1);
  const dw r = add(a, dw{-p.hi, -p.lo});
  return fast_two_sum(q1, r.hi / b.hi);
}

/// 1/n as a double-word, for a small positive integer n.
constexpr dw reciprocal(wide n) noexcept {
  const wide h = wide(1) / n;
  const dw p = two_prod(h, n);  // h*n = 1 - tiny, exactly
  return {h, ((wide(1) - p.hi) - p.lo) / n};
}

/// Round hi + lo once to T (not twice through hi): if hi sits exactly halfway between two
/// values of T, the sign of lo decides.  Overflow gives +-inf.
template <supported_float T>
constexpr T narrow(dw v) noexcept {
  if constexpr (std::is_same_v<T, wide>) {
    return v.hi;  // hi + lo is normalised: hi is already hi + lo rounded
  } else {
    const T t = narrow<T>(v.hi);
    if (is_inf(t)) return t;
    const wide diff = v.hi - static_cast<wide>(t);  // exact
    if (diff == 0 || v.lo == 0 || (diff > 0) != (v.lo > 0)) return t;
    const wide other = static_cast<wide>(t) + 2 * diff;  // t's neighbour if hi was a tie
    const T o = narrow<T>(other);
    return !is_inf(o) && static_cast<wide>(o) == other ? o : t;
  }
}

/// Constants to 128 bits: hex literals of the nearest 64-bit significands of the value and of
/// the remainder, computed with 20000-bit arithmetic.
inline constexpr dw ln2{0xb17217f7d1cf79acp-64L, -0xd871319ff0342543p-130L};
inline constexpr dw pi_over_2{0xc90fdaa22168c235p-63L, -0xece675d1fc8f8cbbp-129L};
inline constexpr wide log2e = 0xb8aa3b295c17f0bcp-63L;
inline constexpr wide sqrt2 = 0xb504f333f9de6484p-63L;

}  // namespace ctgrad::math::detail

#endif  // CTGRAD_MATH_DETAIL_DW_HPP
