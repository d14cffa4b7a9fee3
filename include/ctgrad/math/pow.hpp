// ctgrad::math::pow -- constexpr real power x^y.
//
// At run time this is std::pow, bit for bit.  In constant evaluation constant_path::pow
// computes exp(y * log|x|) with log|x| and the product y*log|x| in double-long-double (about
// 2^-88 relative), so the exponent is right to ~2^-72 absolute even when it is near the
// overflow threshold; the special cases follow C's Annex F (pow(x, 0) = 1, pow(1, y) = 1,
// negative x only with integer y, and the signed zeros and infinities).
#ifndef CTGRAD_MATH_POW_HPP
#define CTGRAD_MATH_POW_HPP

#include <cmath>
#include <concepts>
#include <limits>
#include <type_traits>

#include <ctgrad/math/detail/dw.hpp>
#include <ctgrad/math/detail/exp_kernel.hpp>
#include <ctgrad/math/detail/fp.hpp>
#include <ctgrad/math/detail/log_kernel.hpp>

namespace ctgrad::math {
namespace constant_path {

/// x raised to the power y.
template <std::floating_point T>
constexpr T pow(T x, T y) noexcept {
  static_assert(detail::supported_float<T>, "ctgrad::math supports float, double, long double");
  using detail::wide;
  using lim = std::numeric_limits<T>;
  constexpr T inf = lim::infinity();
  if (y == T(0) || x == T(1)) return T(1);  // even for NaN in the other argument
  if (detail::is_nan(x)) return x;
  if (detail::is_nan(y)) return y;
  const bool y_odd = detail::is_odd_integer(y);  // false for +-inf
  const bool y_int = detail::is_integer(y);      // true for +-inf
  if (x == T(0)) {
    if (y < T(0)) return y_odd ? detail::copy_sign(inf, detail::sign_bit(x)) : inf;
    return y_odd ? x : T(0);
  }
  if (detail::is_inf(y)) {
    const T ax = detail::abs(x);
    if (ax == T(1)) return T(1);
    return (ax < T(1)) == (y < T(0)) ? inf : T(0);
  }
  if (detail::is_inf(x)) {
    if (x > T(0)) return y < T(0) ? T(0) : inf;
    if (y < T(0)) return y_odd ? -T(0) : T(0);
    return y_odd ? -inf : inf;
  }
  bool negative = false;
  if (x < T(0)) {
    if (!y_int) return lim::quiet_NaN();
    negative = y_odd;
  }
  if (y == T(1)) return x;
  const wide ax = detail::abs(static_cast<wide>(x));
  if (ax == 1) return negative ? T(-1) : T(1);
  const detail::dw l = detail::log_dw(ax);
  const wide yw = y;
  // |y*log|x|| > 2^15 overflows or underflows every supported type; test it without forming
  // a product that could itself overflow.
  const bool grows = (yw > 0) == (l.hi > 0);
  if (detail::abs(yw) > wide(0x1p15) / detail::abs(l.hi)) {
    const T mag = grows ? inf : T(0);
    return negative ? -mag : mag;
  }
  const detail::dw t = detail::mul(l, yw);
  constexpr wide bound = std::is_same_v<T, wide> ? 11400 : 1000;
  if (detail::abs(t.hi) > bound) {
    const T mag = t.hi > 0 ? inf : T(0);
    return negative ? -mag : mag;
  }
  const detail::exp_reduced e = detail::exp_reduce(t.hi, t.lo);
  const T r = detail::scale<T>(detail::exp_reduced_value(e.r), e.k);
  return negative ? -r : r;
}

}  // namespace constant_path

/// x^y: std::pow at run time, constant_path::pow in constant evaluation.
template <std::floating_point T>
constexpr T pow(T x, T y) noexcept {
  if (std::is_constant_evaluated()) return constant_path::pow(x, y);
  return std::pow(x, y);
}

}  // namespace ctgrad::math

#endif  // CTGRAD_MATH_POW_HPP
