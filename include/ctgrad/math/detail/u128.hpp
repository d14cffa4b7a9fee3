// ctgrad::math::detail -- just enough unsigned 128-bit arithmetic for an exact integer square
// root (unsigned __int128 is an extension that -Wpedantic rejects).
#ifndef CTGRAD_MATH_DETAIL_U128_HPP
#define CTGRAD_MATH_DETAIL_U128_HPP

#include <cstdint>

namespace ctgrad::math::detail {

struct u128 {
  std::uint64_t hi;
  std::uint64_t lo;

  friend constexpr bool operator==(u128, u128) noexcept = default;
  friend constexpr bool operator<(u128 a, u128 b) noexcept {
    return a.hi != b.hi ? a.hi < b.hi : a.lo < b.lo;
  }
};

constexpr u128 operator+(u128 a, u128 b) noexcept {
  const std::uint64_t lo = a.lo + b.lo;
  return {a.hi + b.hi + (lo < a.lo ? 1U : 0U), lo};
}

constexpr u128 operator-(u128 a, u128 b) noexcept {
  return {a.hi - b.hi - (a.lo < b.lo ? 1U : 0U), a.lo - b.lo};
}

/// a << s for 0 <= s < 128.
constexpr u128 shift_left(u128 a, int s) noexcept {
  if (s == 0) return a;
  if (s >= 64) return {a.lo << (s - 64), 0};
  return {(a.hi << s) | (a.lo >> (64 - s)), a.lo << s};
}

/// The full 128-bit product of two 64-bit numbers, from 32-bit halves.
constexpr u128 mul_wide(std::uint64_t a, std::uint64_t b) noexcept {
  const std::uint64_t a0 = a & 0xffffffffU;
  const std::uint64_t a1 = a >> 32;
  const std::uint64_t b0 = b & 0xffffffffU;
  const std::uint64_t b1 = b >> 32;
  const std::uint64_t p00 = a0 * b0;
  const std::uint64_t p01 = a0 * b1;
  const std::uint64_t p10 = a1 * b0;
  const std::uint64_t p11 = a1 * b1;
  const std::uint64_t mid = (p00 >> 32) + (p01 & 0xffffffffU) + (p10 & 0xffffffffU);
  return {p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32), (p00 & 0xffffffffU) | (mid << 32)};
}

}  // namespace ctgrad::math::detail

#endif  // CTGRAD_MATH_DETAIL_U128_HPP
