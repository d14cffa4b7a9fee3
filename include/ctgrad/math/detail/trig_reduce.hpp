// ctgrad::math::detail -- sin/cos kernels and range reduction modulo pi/2.
//
// Reduction is Payne-Hanek style for every |x| > pi/4: x = X * 2^e with X a 64-bit integer is
// multiplied exactly, in 32-bit limbs, by the 256 bits of 2/pi that matter at that exponent.
// The two bits above the binary point give the quadrant, the next 192 bits the fraction, which
// is turned into r = fraction * pi/2 as a double-word.  So the reduction is accurate for every
// finite argument, even the ones lying within 2^-90 of a multiple of pi/2.
//
// Kernels: Taylor polynomials on |r| <= pi/4 (degrees 21 and 20, truncation < 2^-68) with the
// low word of r folded in as a first-order correction.
#ifndef CTGRAD_MATH_DETAIL_TRIG_REDUCE_HPP
#define CTGRAD_MATH_DETAIL_TRIG_REDUCE_HPP

#include <bit>
#include <cstdint>

#include <ctgrad/math/detail/dw.hpp>
#include <ctgrad/math/detail/fp.hpp>
#include <ctgrad/math/detail/poly.hpp>
#include <ctgrad/math/detail/two_over_pi.hpp>

namespace ctgrad::math::detail {

template <int N>
constexpr coeffs<N> alternate_signs(coeffs<N> c, bool first_negative) {
  for (int i = 0; i < N; ++i)
    if (((i % 2) == 0) == first_negative) c.c[i] = -c.c[i];
  return c;
}

/// -1/3!, +1/5!, ..., +1/21!  and  +1/4!, -1/6!, ..., +1/20!.
inline constexpr auto sin_poly = alternate_signs(inverse_factorials<10>(3, 2), true);
inline constexpr auto cos_poly = alternate_signs(inverse_factorials<9>(4, 2), false);

/// sin(r.hi + r.lo) for |r| <= ~pi/4.
constexpr wide sin_kernel(dw r) noexcept {
  const wide z = r.hi * r.hi;
  const wide v = r.hi * z;
  return r.hi + (v * horner(sin_poly, z) + r.lo * (1 - wide(0.5) * z));
}

/// cos(r.hi + r.lo) for |r| <= ~pi/4.  1 - z/2 is split so its rounding error is recovered.
constexpr wide cos_kernel(dw r) noexcept {
  const dw z = two_prod(r.hi, r.hi);
  const wide hz = wide(0.5) * z.hi;
  const wide w = 1 - hz;
  const wide tail = z.hi * z.hi * horner(cos_poly, z.hi) - (wide(0.5) * z.lo + r.hi * r.lo);
  return w + (((1 - w) - hz) + tail);
}

struct trig_reduced {
  dw r;        // remainder, |r| <= pi/4 (+ a rounding)
  unsigned q;  // quadrant: x = (4m + q) * pi/2 + r
};

/// Bits [pos, pos + 64) of a little-endian number made of n 32-bit limbs (zeros outside).
constexpr std::uint64_t bits_at(const std::uint32_t* limbs, int n, int pos) noexcept {
  const int li = pos >= 0 ? pos / 32 : -((31 - pos) / 32);
  const int o = pos - 32 * li;  // 0..31
  auto limb = [&](int i) -> std::uint64_t { return i >= 0 && i < n ? limbs[i] : 0U; };
  std::uint64_t r = limb(li) >> o;
  r |= limb(li + 1) << (32 - o);
  if (o > 0) r |= limb(li + 2) << (64 - o);
  return r;
}

/// Reduce a finite x > pi/4.
constexpr trig_reduced trig_reduce(wide x) noexcept {
  const int_split s = decompose(x);  // x = mant * 2^e, mant < 2^64
  const int e = s.exp;
  const int w0 = e >= 2 ? (e - 2) / 32 : 0;  // first table word: its bits start at or below e-1
  // Product P = mant * W, W = words w0..w0+7 of 2/pi; P has sh bits below the binary point.
  std::uint32_t prod[10] = {};
  const std::uint64_t m[2] = {s.mant & 0xffffffffU, s.mant >> 32};
  for (int j = 0; j < 8; ++j) {
    const std::uint64_t w = two_over_pi[w0 + 7 - j];
    std::uint64_t carry = 0;
    for (int i = 0; i < 2; ++i) {
      const std::uint64_t t = m[i] * w + prod[i + j] + carry;
      prod[i + j] = static_cast<std::uint32_t>(t);
      carry = t >> 32;
    }
    prod[j + 2] = static_cast<std::uint32_t>(carry);
  }
  const int sh = 32 * w0 + 256 - e;
  auto q = static_cast<unsigned>(bits_at(prod, 10, sh) & 3U);
  std::uint64_t f[3] = {bits_at(prod, 10, sh - 64), bits_at(prod, 10, sh - 128),
                        bits_at(prod, 10, sh - 192)};
  bool negative = false;
  if ((f[0] >> 63) != 0) {  // fraction >= 1/2: go to the next quadrant, fraction - 1 < 0
    ++q;
    negative = true;
    f[2] = ~f[2] + 1;
    f[1] = ~f[1] + (f[2] == 0 ? 1U : 0U);
    f[0] = ~f[0] + (f[2] == 0 && f[1] == 0 ? 1U : 0U);
  }
  // Normalise the 192-bit magnitude so its leading one is bit 63 of f[0].
  int lz = 0;
  while (f[0] == 0 && lz < 128) {
    f[0] = f[1];
    f[1] = f[2];
    f[2] = 0;
    lz += 64;
  }
  if (f[0] == 0) return {{0, 0}, q & 3U};
  const int c = std::countl_zero(f[0]);
  if (c > 0) {
    f[0] = (f[0] << c) | (f[1] >> (64 - c));
    f[1] = (f[1] << c) | (f[2] >> (64 - c));
  }
  lz += c;
  // Top wide_digits bits exactly in hi, the rest (rounded) in lo.
  constexpr std::uint64_t low_mask =
      wide_digits >= 64 ? 0U : (std::uint64_t{1} << (64 - wide_digits)) - 1U;
  const std::uint64_t top = f[0] & ~low_mask;
  const wide scale = pow2(-64 - lz);
  const dw frac = fast_two_sum(
      static_cast<wide>(top) * scale,
      (static_cast<wide>(f[0] & low_mask) + static_cast<wide>(f[1]) * pow2(-64)) * scale);
  dw r = mul(frac, pi_over_2);
  if (negative) r = {-r.hi, -r.lo};
  return {r, q & 3U};
}

}  // namespace ctgrad::math::detail

#endif  // CTGRAD_MATH_DETAIL_TRIG_REDUCE_HPP
