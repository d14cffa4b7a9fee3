// ctgrad::math::detail -- floating-point plumbing shared by the constant-evaluation path.
//
// Everything here is constexpr and touches no <cmath> function, because those are not usable in
// constant evaluation in C++20.  The constant path computes in `wide` (long double) and rounds
// once to the caller's type at the end; long double is the x87 80-bit format on x86-64, so
// float and double results get 11 or more guard bits for free.
//
// Compilers reject, in constant evaluation, arithmetic that overflows to infinity, divides by
// zero or produces a NaN.  So special values are only ever *returned* (from numeric_limits),
// never computed, and every function filters NaN/inf/zero inputs before doing arithmetic.
#ifndef CTGRAD_MATH_DETAIL_FP_HPP
#define CTGRAD_MATH_DETAIL_FP_HPP

#include <bit>
#include <concepts>
#include <cstdint>
#include <limits>
#include <type_traits>

namespace ctgrad::math::detail {

/// The working precision of the constant path.
using wide = long double;

static_assert(std::numeric_limits<wide>::radix == 2 && std::numeric_limits<wide>::digits >= 53 &&
                  std::numeric_limits<wide>::digits <= 64,
              "ctgrad::math needs long double with 53 to 64 significand bits "
              "(x87 extended or IEEE double)");

/// Significand bits of the working type (64 on x86-64).
inline constexpr int wide_digits = std::numeric_limits<wide>::digits;

template <class T>
concept supported_float =
    std::same_as<T, float> || std::same_as<T, double> || std::same_as<T, long double>;

// NaN is the only value unequal to itself; std::isnan is not constexpr in C++20.
template <class T>
constexpr bool is_nan(T x) noexcept {
  return x != x;  // NOLINT(misc-redundant-expression)
}

template <class T>
constexpr bool is_inf(T x) noexcept {
  return x == std::numeric_limits<T>::infinity() || x == -std::numeric_limits<T>::infinity();
}

/// True for NaN and +-inf; such inputs never reach arithmetic.
template <class T>
constexpr bool is_special(T x) noexcept {
  return is_nan(x) || is_inf(x);
}

template <class T>
constexpr T abs(T x) noexcept {
  return x < T(0) ? -x : x;
}

/// Sign bit, including that of a signed zero.  Zeros are told apart through double, whose bit
/// pattern std::bit_cast can read in constant evaluation (long double's padding bytes forbid it).
template <class T>
constexpr bool sign_bit(T x) noexcept {
  if (x != T(0)) return x < T(0);
  return (std::bit_cast<std::uint64_t>(static_cast<double>(x)) >> 63) != 0;
}

template <class T>
constexpr T copy_sign(T magnitude, bool negative) noexcept {
  return negative ? -magnitude : magnitude;
}

/// 2^n for n inside double's normal exponent range, read straight from bits.
constexpr double pow2_double(int n) noexcept {
  return std::bit_cast<double>(static_cast<std::uint64_t>(n + 1023) << 52);
}

/// Exactly 2^n in wide, for every n whose power of two wide can hold (subnormals included).
/// Binary powering: every partial product is a power of two no smaller than the result, so
/// each multiplication is exact.
constexpr wide pow2(int n) noexcept {
  if (n >= -1022 && n <= 1023) return static_cast<wide>(pow2_double(n));
  wide r = 1;
  wide b = n > 0 ? wide(2) : wide(0.5);
  auto m = static_cast<unsigned>(n > 0 ? n : -n);
  while (true) {
    if ((m & 1U) != 0) r *= b;
    m >>= 1U;
    if (m == 0) break;
    b *= b;
  }
  return r;
}

/// 2^(2^k) and 2^-(2^k) for the exponent search below.
inline constexpr int binary_steps =
    std::bit_width(static_cast<unsigned>(std::numeric_limits<wide>::max_exponent - 1));
struct pow2_table {
  wide up[binary_steps];
  wide down[binary_steps];
};
inline constexpr pow2_table pow2_steps = [] {
  pow2_table t{};
  for (int k = 0; k < binary_steps; ++k) {
    t.up[k] = pow2(1 << k);
    t.down[k] = pow2(-(1 << k));
  }
  return t;
}();

/// frexp-like split of a positive finite x: x = m * 2^e with m in [1, 2).  Exact.
struct split_result {
  wide m;
  int e;
};

constexpr split_result frexp1(wide x) noexcept {
  if (x >= wide(0x1p-1021) && x < wide(0x1p1022)) {
    // Fast path: double's exponent field is right to within one after rounding.
    const auto bits = std::bit_cast<std::uint64_t>(static_cast<double>(x));
    int e = static_cast<int>((bits >> 52) & 0x7ffU) - 1023;
    wide m = x * pow2(-e);
    if (m >= 2) {
      m *= wide(0.5);
      ++e;
    } else if (m < 1) {
      m *= 2;
      --e;
    }
    return {m, e};
  }
  int e = 0;
  if (x < std::numeric_limits<wide>::min()) {  // subnormal: lift it into the normal range
    x *= pow2(wide_digits);
    e -= wide_digits;
  }
  // Greedy binary search on the exponent with steps 2^k; each scaling is exact.
  for (int k = binary_steps - 1; k >= 0; --k) {
    const int s = 1 << k;
    if (x >= pow2_steps.up[k]) {
      x *= pow2_steps.down[k];
      e += s;
    } else if (x < pow2_steps.down[k] * 2) {
      x *= pow2_steps.up[k];
      e -= s;
    }
  }
  return {x, e};
}

/// x = mant * 2^exp with mant an integer of exactly digits<T> bits.  x positive finite, any
/// magnitude down to the smallest subnormal.  Exact.
struct int_split {
  std::uint64_t mant;
  int exp;
};

template <supported_float T>
constexpr int_split decompose(T x) noexcept {
  constexpr int p = std::numeric_limits<T>::digits;
  if constexpr (std::is_same_v<T, float>) {
    const auto b = std::bit_cast<std::uint32_t>(x);
    const int be = static_cast<int>((b >> 23) & 0xffU);
    std::uint64_t mant = b & 0x7fffffU;
    if (be != 0) return {mant | (1ULL << 23), be - 127 - 23};
    const int shift = std::countl_zero(mant) - (64 - p);  // normalise a subnormal
    return {mant << shift, -126 - 23 - shift};
  } else if constexpr (std::is_same_v<T, double> || p == 53) {
    const auto b = std::bit_cast<std::uint64_t>(static_cast<double>(x));
    const int be = static_cast<int>((b >> 52) & 0x7ffU);
    std::uint64_t mant = b & 0xfffffffffffffULL;
    if (be != 0) return {mant | (1ULL << 52), be - 1023 - 52};
    const int shift = std::countl_zero(mant) - (64 - p);
    return {mant << shift, -1022 - 52 - shift};
  } else {
    const split_result s = frexp1(static_cast<wide>(x));
    return {static_cast<std::uint64_t>(s.m * pow2(p - 1)), s.e - (p - 1)};
  }
}

/// Round a wide value to T, returning +-inf where the rounded value would overflow T (a plain
/// conversion would be undefined there, and rejected in constant evaluation).
template <supported_float T>
constexpr T narrow(wide v) noexcept {
  if constexpr (std::is_same_v<T, wide>) {
    return v;
  } else if constexpr (std::numeric_limits<T>::digits == std::numeric_limits<wide>::digits &&
                       std::numeric_limits<T>::max_exponent ==
                           std::numeric_limits<wide>::max_exponent) {
    return static_cast<T>(v);  // same format (long double is double, as on Arm): exact
  } else {
    constexpr int p = std::numeric_limits<T>::digits;
    // max<T> plus half an ulp: the first value that rounds to infinity.
    constexpr wide limit = (wide(2) - pow2(-p)) * pow2(std::numeric_limits<T>::max_exponent - 1);
    if (v >= limit) return std::numeric_limits<T>::infinity();
    if (v <= -limit) return -std::numeric_limits<T>::infinity();
    return static_cast<T>(v);
  }
}

/// Nearest integer (ties away from zero) of |v| < 2^62, as int64.
constexpr std::int64_t nearest_int(wide v) noexcept {
  return static_cast<std::int64_t>(v < 0 ? v - wide(0.5) : v + wide(0.5));
}

/// Is the finite x an integer?  And an odd one?
template <class T>
constexpr bool is_integer(T x) noexcept {
  const T a = abs(x);
  if (a >= T(0x1p63)) return true;  // every value this large is an integer in <= 64 bits
  return static_cast<T>(static_cast<std::uint64_t>(a)) == a;
}

template <class T>
constexpr bool is_odd_integer(T x) noexcept {
  const T a = abs(x);
  if (a >= T(0x1p64)) return false;  // multiples of two
  const auto n = static_cast<std::uint64_t>(a);
  return static_cast<T>(n) == a && (n & 1U) != 0;
}

}  // namespace ctgrad::math::detail

#endif  // CTGRAD_MATH_DETAIL_FP_HPP
