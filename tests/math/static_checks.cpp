// Compile-time checks of ctgrad::math: every line is a static_assert, so compiling this file is
// passing it.  Values against 30-digit references (computed with 50-digit arithmetic), and the
// domain edges -- the cases where a naive constexpr implementation would divide by zero or
// overflow and be rejected by the compiler.
#include <bit>
#include <cstdint>
#include <limits>

#include <ctgrad/math.hpp>

namespace {

namespace cm = ctgrad::math;

/// |got - ref| <= ulps * epsilon * |ref|, with ref given in long double.
template <class T> constexpr bool near(T got, long double ref, long double ulps = 1) {
  const long double d = static_cast<long double>(got) - ref;
  const long double tol = ulps * std::numeric_limits<T>::epsilon() * (ref < 0 ? -ref : ref);
  return d <= tol && -d <= tol;
}

template <class T> constexpr bool is_nan(T x) { return x != x; }

/// Sign of a zero, read through double's bit pattern (long double's padding blocks bit_cast).
template <class T> constexpr bool negative_zero(T x) {
  return x == T(0) && (std::bit_cast<std::uint64_t>(static_cast<double>(x)) >> 63) != 0;
}
template <class T> constexpr bool positive_zero(T x) {
  return x == T(0) && !negative_zero(x);
}

#define CTGRAD_NEAR(call, ref) static_assert(near<T>(cm::call, ref), #call)

template <class T> struct values {
  CTGRAD_NEAR(exp(T(1)), 2.71828182845904523536028747135L);
  CTGRAD_NEAR(exp(T(-1)), 3.67879441171442321595523770161e-1L);
  CTGRAD_NEAR(exp(T(10)), 2.20264657948067165169579006453e+4L);
  CTGRAD_NEAR(exp(T(-10)), 4.53999297624848515355915155606e-5L);
  CTGRAD_NEAR(exp(T(0.5)), 1.64872127070012814684865078781L);
  CTGRAD_NEAR(exp(T(80)), 5.54062238439351005257117339583e+34L);
  CTGRAD_NEAR(log(T(2)), 6.93147180559945309417232121458e-1L);
  CTGRAD_NEAR(log(T(10)), 2.30258509299404568401799145468L);
  CTGRAD_NEAR(log(T(0.375)), -9.80829253011726236856451127452e-1L);
  CTGRAD_NEAR(log(T(1024)), 6.93147180559945309417232121458L);
  CTGRAD_NEAR(sqrt(T(2)), 1.41421356237309504880168872421L);
  CTGRAD_NEAR(sqrt(T(3)), 1.73205080756887729352744634151L);
  CTGRAD_NEAR(sqrt(T(0.375)), 6.12372435695794524549321018676e-1L);
  CTGRAD_NEAR(sin(T(1)), 8.4147098480789650665250232163e-1L);
  CTGRAD_NEAR(sin(T(100)), -5.0636564110975879365655761046e-1L);
  CTGRAD_NEAR(sin(T(1e6)), -3.49993502171292952117652486781e-1L);
  CTGRAD_NEAR(sin(T(-3)), -1.41120008059867222100744802808e-1L);
  CTGRAD_NEAR(cos(T(1)), 5.40302305868139717400936607443e-1L);
  CTGRAD_NEAR(cos(T(3)), -9.89992496600445457271572794731e-1L);
  CTGRAD_NEAR(cos(T(1e6)), 9.36752127533144786938532535075e-1L);
  CTGRAD_NEAR(cos(T(0.5)), 8.77582561890372716116281582604e-1L);
  CTGRAD_NEAR(tanh(T(0.5)), 4.62117157260009758502318483644e-1L);
  CTGRAD_NEAR(tanh(T(-2)), -9.64027580075816883946413724101e-1L);
  CTGRAD_NEAR(tanh(T(0.0625)), 6.24187467475125144901428911942e-2L);
  CTGRAD_NEAR(tanh(T(10)), 9.99999995877692763619592837138e-1L);
  CTGRAD_NEAR(pow(T(2), T(0.5)), 1.41421356237309504880168872421L);
  CTGRAD_NEAR(pow(T(1.5), T(-7.25)), 5.28857139744216454006236446137e-2L);
  CTGRAD_NEAR(pow(T(0.75), T(100)), 3.20720218538150381400384135656e-13L);
};

template <class T> struct exact_values {
  static_assert(cm::exp(T(0)) == T(1));
  static_assert(cm::log(T(1)) == T(0));
  static_assert(cm::sqrt(T(4)) == T(2));
  static_assert(cm::sqrt(T(0.25)) == T(0.5));
  static_assert(cm::sin(T(0)) == T(0));
  static_assert(cm::cos(T(0)) == T(1));
  static_assert(cm::tanh(T(0)) == T(0));
  static_assert(cm::pow(T(2), T(10)) == T(1024));
  static_assert(cm::pow(T(10), T(3)) == T(1000));
  static_assert(cm::pow(T(-2), T(-3)) == T(-0.125));
  static_assert(cm::pow(T(9), T(0.5)) == T(3));
};

template <class T> struct edges {
  using lim = std::numeric_limits<T>;
  static constexpr T inf = lim::infinity();
  static constexpr T nan = lim::quiet_NaN();
  // NaN in, NaN out; infinities like <cmath>.
  static_assert(is_nan(cm::exp(nan)) && is_nan(cm::log(nan)) && is_nan(cm::sqrt(nan)));
  static_assert(is_nan(cm::sin(nan)) && is_nan(cm::cos(nan)) && is_nan(cm::tanh(nan)));
  static_assert(cm::exp(inf) == inf && positive_zero(cm::exp(-inf)));
  static_assert(cm::log(inf) == inf && is_nan(cm::log(-inf)));
  static_assert(cm::sqrt(inf) == inf && is_nan(cm::sqrt(-inf)));
  static_assert(is_nan(cm::sin(inf)) && is_nan(cm::cos(-inf)));
  static_assert(cm::tanh(inf) == T(1) && cm::tanh(-inf) == T(-1));
  // Overflow and underflow give inf and zero instead of failing to compile.
  static_assert(cm::exp(lim::max()) == inf && cm::exp(T(12000)) == inf);
  static_assert(positive_zero(cm::exp(-lim::max())) && positive_zero(cm::exp(T(-12000))));
  static_assert(cm::exp(T(-100)) > T(0));  // subnormal or tiny normal, not flushed
  static_assert(cm::pow(T(10), T(5000)) == inf && positive_zero(cm::pow(T(10), T(-5000))));
  static_assert(cm::pow(T(-10), T(5001)) == -inf);
  // log's poles and domain.
  static_assert(cm::log(T(0)) == -inf && cm::log(-T(0)) == -inf);
  static_assert(is_nan(cm::log(T(-1))) && is_nan(cm::sqrt(T(-1))));
  static_assert(is_nan(cm::sqrt(-lim::denorm_min())));
  // Subnormals and the extremes of the range.
  static_assert(cm::log(lim::denorm_min()) < T(0) && cm::log(lim::max()) > T(0));
  static_assert(cm::sqrt(lim::denorm_min()) > T(0) && cm::sqrt(lim::max()) < lim::max());
  static_assert(cm::sqrt(lim::denorm_min() * T(4)) == cm::sqrt(lim::denorm_min()) * T(2));
  static_assert(cm::sin(lim::max()) <= T(1) && cm::sin(lim::max()) >= T(-1));
  static_assert(cm::cos(lim::max()) <= T(1) && cm::cos(lim::max()) >= T(-1));
  // Signed zeros.
  static_assert(negative_zero(cm::sin(-T(0))) && negative_zero(cm::tanh(-T(0))));
  static_assert(negative_zero(cm::sqrt(-T(0))) && positive_zero(cm::sqrt(T(0))));
  // pow's special cases (C Annex F).
  static_assert(cm::pow(nan, T(0)) == T(1) && cm::pow(T(1), nan) == T(1));
  static_assert(is_nan(cm::pow(T(-2), T(0.5))) && is_nan(cm::pow(nan, T(1))));
  static_assert(cm::pow(T(0), T(-1)) == inf && cm::pow(-T(0), T(-1)) == -inf);
  static_assert(cm::pow(-T(0), T(-2)) == inf && cm::pow(T(0), -inf) == inf);
  static_assert(negative_zero(cm::pow(-T(0), T(3))) && positive_zero(cm::pow(-T(0), T(2))));
  static_assert(cm::pow(T(-1), inf) == T(1) && cm::pow(T(-1), -inf) == T(1));
  static_assert(cm::pow(T(0.5), inf) == T(0) && cm::pow(T(0.5), -inf) == inf);
  static_assert(cm::pow(T(2), inf) == inf && cm::pow(T(2), -inf) == T(0));
  static_assert(cm::pow(-inf, T(3)) == -inf && cm::pow(-inf, T(2)) == inf);
  static_assert(negative_zero(cm::pow(-inf, T(-3))) && positive_zero(cm::pow(-inf, T(-2))));
  static_assert(cm::pow(inf, T(0.5)) == inf && positive_zero(cm::pow(inf, T(-0.5))));
};

template struct values<float>;
template struct values<double>;
template struct values<long double>;
template struct exact_values<float>;
template struct exact_values<double>;
template struct exact_values<long double>;
template struct edges<float>;
template struct edges<double>;
template struct edges<long double>;

// The run-time constant path is callable in constant evaluation directly, too.
static_assert(ctgrad::math::constant_path::exp(1.0) == cm::exp(1.0));

}  // namespace
