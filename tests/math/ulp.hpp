// Test helpers for the math layer: deterministic samples and ulp distances.
#ifndef CTGRAD_TESTS_MATH_ULP_HPP
#define CTGRAD_TESTS_MATH_ULP_HPP

#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>

namespace ctgrad_test {

/// SplitMix64: a tiny generator whose sequence is the same everywhere.
struct rng {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  /// Uniform in [0, 1) with 64 random bits.
  long double unit() { return std::ldexp(static_cast<long double>(next()), -64); }
  /// Uniform in [lo, hi], rounded to T.
  template <class T> T uniform(long double lo, long double hi) {
    return static_cast<T>(lo + (hi - lo) * unit());
  }
  /// Log-uniform magnitude in [2^e_lo, 2^e_hi): random exponent, random significand.
  template <class T> T log_uniform(int e_lo, int e_hi) {
    const int e = e_lo + static_cast<int>(next() % static_cast<std::uint64_t>(e_hi - e_lo));
    return static_cast<T>(std::ldexp(1 + unit(), e));
  }
  bool coin() { return (next() >> 63) != 0; }
};

/// Are a and b the same value, counting NaNs as equal and telling +0 from -0?
template <class T> bool same(T a, T b) {
  if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
  return a == b && std::signbit(a) == std::signbit(b);
}

/// Distance of got from ref in units of ref's last place (ulp of a subnormal is denorm_min).
/// Disagreement on NaN, infinity or sign of zero counts as infinitely many ulps.
template <class T> long double ulp_error(T got, T ref) {
  if (same(got, ref)) return 0;
  if (std::isnan(got) || std::isnan(ref) || std::isinf(got) || std::isinf(ref))
    return std::numeric_limits<long double>::infinity();
  if (got == ref) return std::numeric_limits<long double>::infinity();  // signed zeros
  using lim = std::numeric_limits<T>;
  int e = ref == 0 ? lim::min_exponent - 1 : std::ilogb(ref);
  if (e < lim::min_exponent - 1) e = lim::min_exponent - 1;
  const long double ulp = std::ldexp(1.0L, e - (lim::digits - 1));
  return std::fabs(static_cast<long double>(got) - static_cast<long double>(ref)) / ulp;
}

template <class T> constexpr const char* type_name() {
  if constexpr (std::is_same_v<T, float>) return "float";
  else if constexpr (std::is_same_v<T, double>) return "double";
  else return "long double";
}

}  // namespace ctgrad_test

#endif  // CTGRAD_TESTS_MATH_ULP_HPP
