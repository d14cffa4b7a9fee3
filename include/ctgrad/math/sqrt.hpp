// ctgrad::math::sqrt -- constexpr, correctly rounded square root.
//
// At run time this is std::sqrt (correctly rounded by IEEE 754).  In constant evaluation
// constant_path::sqrt reaches the same, correctly rounded result: x = X * 2^e with X the integer
// significand; a Newton iteration in long double guesses floor(sqrt(X * 2^s)), exact 128-bit
// integer arithmetic corrects the guess and decides the rounding from the remainder.
#ifndef CTGRAD_MATH_SQRT_HPP
#define CTGRAD_MATH_SQRT_HPP

#include <cmath>
#include <concepts>
#include <cstdint>
#include <limits>

#include <ctgrad/math/detail/fp.hpp>
#include <ctgrad/math/detail/u128.hpp>

namespace ctgrad::math {
namespace detail {

/// floor(sqrt(n)) and the rounding decision, for n in [2^(2p-2), 2^(2p)), p <= 64.
constexpr wide sqrt_rounded(u128 n, int p) noexcept {
  // Guess in long double: a = n / 2^(2p-2) in [1, 4), Newton from (1 + a)/2 (>= sqrt(a)).
  const wide a = (static_cast<wide>(n.hi) * pow2(64) + static_cast<wide>(n.lo)) * pow2(2 - 2 * p);
  wide g = (1 + a) / 2;
  for (int i = 0; i < 5; ++i) g = (g + a / g) / 2;
  const wide guess = g * pow2(p - 1);
  std::uint64_t y = guess >= wide(0x1p64) ? ~std::uint64_t{0} : static_cast<std::uint64_t>(guess);
  // Exact correction: afterwards y^2 <= n < (y+1)^2.  The guess is within one or two units,
  // so the loops are capped as a safeguard rather than a limit that is ever reached.
  u128 sq = mul_wide(y, y);
  for (int i = 0; i < 8 && n < sq; ++i) {
    --y;
    sq = mul_wide(y, y);
  }
  u128 rem = n - sq;
  u128 step{0, 2 * y + 1};
  if ((y >> 63) != 0) step.hi = 1;  // 2y+1 overflowed 64 bits
  for (int i = 0; i < 8 && !(rem < step); ++i) {
    rem = rem - step;
    ++y;
    step = step + u128{0, 2};
  }
  // sqrt(n) > y + 1/2  <=>  n > y^2 + y + 1/4  <=>  rem > y (ties are impossible).
  const bool up = u128{0, y} < rem;
  return static_cast<wide>(y) + (up ? 1 : 0);
}

}  // namespace detail

namespace constant_path {

/// Square root, correctly rounded.  sqrt(+-0) = +-0, sqrt(x < 0) = NaN, sqrt(+inf) = +inf,
/// NaN stays NaN.
template <std::floating_point T>
constexpr T sqrt(T x) noexcept {
  static_assert(detail::supported_float<T>, "ctgrad::math supports float, double, long double");
  if (detail::is_nan(x) || x == T(0)) return x;
  if (x < T(0)) return std::numeric_limits<T>::quiet_NaN();
  if (detail::is_inf(x)) return x;
  constexpr int p = std::numeric_limits<T>::digits;
  const detail::int_split s = detail::decompose(x);  // x = mant * 2^exp, mant has p bits
  detail::u128 n{0, s.mant};
  int e = s.exp;
  int bits = p;
  if ((e & 1) != 0) {  // make the exponent even
    n = detail::shift_left(n, 1);
    --e;
    ++bits;
  }
  int shift = 2 * p - bits;  // bring n to 2p-1 or 2p bits with an even shift
  if ((shift & 1) != 0) --shift;
  n = detail::shift_left(n, shift);
  const detail::wide r = detail::sqrt_rounded(n, p) * detail::pow2((e - shift) / 2);
  return static_cast<T>(r);  // exact: r has at most p significant bits and is normal
}

}  // namespace constant_path

/// Square root: std::sqrt at run time, constant_path::sqrt in constant evaluation.
template <std::floating_point T>
constexpr T sqrt(T x) noexcept {
  if (std::is_constant_evaluated()) return constant_path::sqrt(x);
  return std::sqrt(x);
}

}  // namespace ctgrad::math

#endif  // CTGRAD_MATH_SQRT_HPP
