// ctgrad::math::exp -- constexpr exponential.
//
// At run time this is std::exp, bit for bit.  In constant evaluation it runs
// constant_path::exp: Cody-Waite reduction x = k*ln2 + r, a degree-17 Taylor polynomial for
// exp(r) - 1, and an exact scaling by 2^k, all in long double and rounded once to T.
#ifndef CTGRAD_MATH_EXP_HPP
#define CTGRAD_MATH_EXP_HPP

#include <cmath>
#include <concepts>
#include <limits>
#include <type_traits>

#include <ctgrad/math/detail/exp_kernel.hpp>
#include <ctgrad/math/detail/fp.hpp>

namespace ctgrad::math {
namespace constant_path {

/// e^x.  Overflow gives +inf, underflow a correctly scaled subnormal or +0; exp(+-0) = 1,
/// exp(-inf) = +0, exp(+inf) = +inf, NaN stays NaN.
template <std::floating_point T>
constexpr T exp(T x) noexcept {
  static_assert(detail::supported_float<T>, "ctgrad::math supports float, double, long double");
  using detail::wide;
  if (detail::is_nan(x)) return x;
  // Beyond these bounds the result is certainly inf or 0 in T (and |k| stays small).
  constexpr wide hi_bound = std::is_same_v<T, wide> ? 11357 : 1000;
  constexpr wide lo_bound = std::is_same_v<T, wide> ? -11400 : -1000;
  if (x > hi_bound) return std::numeric_limits<T>::infinity();
  if (x < lo_bound) return T(0);
  const wide w = x;
  if (detail::abs(w) < wide(0x1p-70)) return T(1);
  const detail::exp_reduced e = detail::exp_reduce(w, 0);
  return detail::scale<T>(detail::exp_reduced_value(e.r), e.k);
}

}  // namespace constant_path

/// e^x: std::exp at run time, constant_path::exp in constant evaluation.
template <std::floating_point T>
constexpr T exp(T x) noexcept {
  if (std::is_constant_evaluated()) return constant_path::exp(x);
  return std::exp(x);
}

}  // namespace ctgrad::math

#endif  // CTGRAD_MATH_EXP_HPP
