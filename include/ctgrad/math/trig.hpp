// ctgrad::math::sin, ctgrad::math::cos -- constexpr sine and cosine.
//
// At run time these are std::sin and std::cos, bit for bit.  In constant evaluation they run
// constant_path::sin/cos: exact Payne-Hanek reduction modulo pi/2 (so huge arguments are as
// accurate as small ones), then Taylor kernels on |r| <= pi/4, in long double, rounded once.
#ifndef CTGRAD_MATH_TRIG_HPP
#define CTGRAD_MATH_TRIG_HPP

#include <cmath>
#include <concepts>
#include <limits>

#include <ctgrad/math/detail/dw.hpp>
#include <ctgrad/math/detail/fp.hpp>
#include <ctgrad/math/detail/trig_reduce.hpp>

namespace ctgrad::math {
namespace detail {

/// sin (cos_wanted = false) or cos (true) of a finite |x|, before the sign of x is applied.
constexpr wide sin_cos_abs(wide a, bool cos_wanted) noexcept {
  trig_reduced t{{a, 0}, 0};
  if (a > pi_over_2.hi * wide(0.5)) t = trig_reduce(a);
  const unsigned q = t.q + (cos_wanted ? 1U : 0U);  // cos(x) = sin(x + pi/2)
  const wide v = (q & 1U) != 0 ? cos_kernel(t.r) : sin_kernel(t.r);
  return (q & 2U) != 0 ? -v : v;
}

}  // namespace detail

namespace constant_path {

/// Sine.  sin(+-0) = +-0, sin(+-inf) = NaN, NaN stays NaN.
template <std::floating_point T>
constexpr T sin(T x) noexcept {
  static_assert(detail::supported_float<T>, "ctgrad::math supports float, double, long double");
  if (detail::is_nan(x)) return x;
  if (detail::is_inf(x)) return std::numeric_limits<T>::quiet_NaN();
  const detail::wide a = detail::abs(static_cast<detail::wide>(x));
  if (a < detail::wide(0x1p-33)) return x;  // sin(x) = x - x^3/6 rounds to x
  const detail::wide v = detail::sin_cos_abs(a, false);
  return detail::narrow<T>(x < T(0) ? -v : v);
}

/// Cosine.  cos(+-0) = 1, cos(+-inf) = NaN, NaN stays NaN.
template <std::floating_point T>
constexpr T cos(T x) noexcept {
  static_assert(detail::supported_float<T>, "ctgrad::math supports float, double, long double");
  if (detail::is_nan(x)) return x;
  if (detail::is_inf(x)) return std::numeric_limits<T>::quiet_NaN();
  const detail::wide a = detail::abs(static_cast<detail::wide>(x));
  if (a < detail::wide(0x1p-33)) return T(1);  // cos(x) = 1 - x^2/2 rounds to 1
  return detail::narrow<T>(detail::sin_cos_abs(a, true));
}

}  // namespace constant_path

/// Sine: std::sin at run time, constant_path::sin in constant evaluation.
template <std::floating_point T>
constexpr T sin(T x) noexcept {
  if (std::is_constant_evaluated()) return constant_path::sin(x);
  return std::sin(x);
}

/// Cosine: std::cos at run time, constant_path::cos in constant evaluation.
template <std::floating_point T>
constexpr T cos(T x) noexcept {
  if (std::is_constant_evaluated()) return constant_path::cos(x);
  return std::cos(x);
}

}  // namespace ctgrad::math

#endif  // CTGRAD_MATH_TRIG_HPP
