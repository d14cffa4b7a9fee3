// ctgrad::math::log -- constexpr natural logarithm.
//
// At run time this is std::log, bit for bit.  In constant evaluation it runs
// constant_path::log: x = m * 2^e, log(m) = 2*atanh((m-1)/(m+1)) by its series, everything in
// double-long-double (about 2^-88 relative), then rounded once to T.
#ifndef CTGRAD_MATH_LOG_HPP
#define CTGRAD_MATH_LOG_HPP

#include <cmath>
#include <concepts>
#include <limits>

#include <ctgrad/math/detail/dw.hpp>
#include <ctgrad/math/detail/fp.hpp>
#include <ctgrad/math/detail/log_kernel.hpp>

namespace ctgrad::math {
namespace constant_path {

/// Natural logarithm.  log(+-0) = -inf, log(x < 0) = NaN, log(1) = +0, log(+inf) = +inf,
/// NaN stays NaN; subnormal arguments are handled exactly.
template <std::floating_point T>
constexpr T log(T x) noexcept {
  static_assert(detail::supported_float<T>, "ctgrad::math supports float, double, long double");
  if (detail::is_nan(x)) return x;
  if (x == T(0)) return -std::numeric_limits<T>::infinity();
  if (x < T(0)) return std::numeric_limits<T>::quiet_NaN();
  if (detail::is_inf(x)) return x;
  if (x == T(1)) return T(0);
  return detail::narrow<T>(detail::log_dw(x));
}

}  // namespace constant_path

/// Natural logarithm: std::log at run time, constant_path::log in constant evaluation.
template <std::floating_point T>
constexpr T log(T x) noexcept {
  if (std::is_constant_evaluated()) return constant_path::log(x);
  return std::log(x);
}

}  // namespace ctgrad::math

#endif  // CTGRAD_MATH_LOG_HPP
