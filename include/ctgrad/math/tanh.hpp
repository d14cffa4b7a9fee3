// ctgrad::math::tanh -- constexpr hyperbolic tangent.
//
// At run time this is std::tanh, bit for bit.  In constant evaluation constant_path::tanh uses
// m = expm1(2|x|) (so small arguments lose nothing to cancellation) and tanh = m/(m+2), or
// 1 - 2/(m+2) once that is the better-conditioned form; in double-long-double, rounded once.
#ifndef CTGRAD_MATH_TANH_HPP
#define CTGRAD_MATH_TANH_HPP

#include <cmath>
#include <concepts>
#include <limits>

#include <ctgrad/math/detail/exp_kernel.hpp>
#include <ctgrad/math/detail/fp.hpp>

namespace ctgrad::math {
namespace constant_path {

/// Hyperbolic tangent.  tanh(+-0) = +-0, tanh(+-inf) = +-1, NaN stays NaN.
template <std::floating_point T>
constexpr T tanh(T x) noexcept {
  static_assert(detail::supported_float<T>, "ctgrad::math supports float, double, long double");
  using detail::wide;
  if (detail::is_nan(x)) return x;
  const bool negative = x < T(0);
  const wide a = detail::abs(static_cast<wide>(x));
  if (a < wide(0x1p-34)) return x;             // tanh(x) = x - x^3/3 rounds to x
  if (a > 23) return negative ? T(-1) : T(1);  // 1 - tanh < 2^-65: rounds to 1 (covers inf)
  // Double-word throughout, so only expm1's own error (~2^-66) survives into the rounding.
  const detail::dw m = detail::expm1_positive(2 * a);
  const detail::dw d = detail::add(m, wide(2));
  const detail::dw t =
      a < wide(0.55) ? detail::div(m, d) : detail::add(detail::div(detail::dw{-2, 0}, d), wide(1));
  return detail::narrow<T>(negative ? detail::dw{-t.hi, -t.lo} : t);
}

}  // namespace constant_path

/// Hyperbolic tangent: std::tanh at run time, constant_path::tanh in constant evaluation.
template <std::floating_point T>
constexpr T tanh(T x) noexcept {
  if (std::is_constant_evaluated()) return constant_path::tanh(x);
  return std::tanh(x);
}

}  // namespace ctgrad::math

#endif  // CTGRAD_MATH_TANH_HPP
