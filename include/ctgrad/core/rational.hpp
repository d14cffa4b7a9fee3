#pragma once
// Exact rational arithmetic for compile-time constants. Overflow and division by zero are
// recorded in the result, and turning such a result into a constant is a compile error with a
// message (core/constant.hpp), never a silently wrong constant.

#include <cstdint>

namespace ctgrad::detail {

/// A fraction in lowest terms with den > 0, or a record of why it could not be computed.
/// Structural, so it can be a template argument.
struct rational {
  std::intmax_t num = 0;
  std::intmax_t den = 1;
  bool overflowed = false;  ///< some step left the range of std::intmax_t
  bool divided_by_zero = false;

  friend constexpr bool operator==(const rational&, const rational&) = default;
};

constexpr std::intmax_t checked_mul(std::intmax_t a, std::intmax_t b, bool& overflowed) {
  std::intmax_t r = 0;
  overflowed |= __builtin_mul_overflow(a, b, &r);
  return r;
}

constexpr std::intmax_t checked_add(std::intmax_t a, std::intmax_t b, bool& overflowed) {
  std::intmax_t r = 0;
  overflowed |= __builtin_add_overflow(a, b, &r);
  return r;
}

constexpr std::uintmax_t magnitude(std::intmax_t v) {
  return v < 0 ? std::uintmax_t{0} - static_cast<std::uintmax_t>(v)
               : static_cast<std::uintmax_t>(v);
}

/// gcd(|a|, |b|), computed on magnitudes so no input (INTMAX_MIN included) can overflow.
constexpr std::uintmax_t gcd(std::intmax_t a, std::intmax_t b) {
  std::uintmax_t m = magnitude(a);
  std::uintmax_t n = magnitude(b);
  while (n != 0) {
    const std::uintmax_t t = m % n;
    m = n;
    n = t;
  }
  return m;
}

constexpr rational make_rational(std::intmax_t num, std::intmax_t den = 1,
                                 bool overflowed = false) {
  if (den == 0) return {0, 1, overflowed, true};
  if (den < 0) {
    num = checked_mul(num, -1, overflowed);
    den = checked_mul(den, -1, overflowed);
    if (overflowed) return {0, 1, true};
  }
  const std::uintmax_t g = gcd(num, den);  // divides den > 0, so g <= INTMAX_MAX
  if (g > 1)
    return {num / static_cast<std::intmax_t>(g), den / static_cast<std::intmax_t>(g), overflowed};
  return {num, den, overflowed};
}

constexpr rational propagate(rational result, const rational& a, const rational& b) {
  result.overflowed |= a.overflowed || b.overflowed;
  result.divided_by_zero |= a.divided_by_zero || b.divided_by_zero;
  return result;
}

constexpr rational operator+(rational a, rational b) {
  bool overflowed = false;
  const auto num = checked_add(checked_mul(a.num, b.den, overflowed),
                               checked_mul(b.num, a.den, overflowed), overflowed);
  return propagate(make_rational(num, checked_mul(a.den, b.den, overflowed), overflowed), a, b);
}
constexpr rational operator-(rational a) {
  bool overflowed = false;
  const auto num = checked_mul(a.num, -1, overflowed);
  return propagate({num, a.den, overflowed}, a, a);
}
constexpr rational operator-(rational a, rational b) { return a + -b; }
constexpr rational operator*(rational a, rational b) {
  bool overflowed = false;
  const auto num = checked_mul(a.num, b.num, overflowed);
  return propagate(make_rational(num, checked_mul(a.den, b.den, overflowed), overflowed), a, b);
}
constexpr rational operator/(rational a, rational b) {
  bool overflowed = false;
  const auto num = checked_mul(a.num, b.den, overflowed);
  return propagate(make_rational(num, checked_mul(a.den, b.num, overflowed), overflowed), a, b);
}

/// a^n for an integer n (negative n inverts).
constexpr rational integer_power(rational a, std::intmax_t n) {
  rational result{1, 1};
  const bool invert = n < 0;
  for (std::intmax_t i = 0; i < (invert ? -n : n); ++i) result = result * a;
  return invert ? rational{1, 1} / result : result;
}

}  // namespace ctgrad::detail
