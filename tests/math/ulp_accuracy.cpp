// Accuracy of the constant-evaluation path, measured at run time against <cmath>.
//
// ctgrad::math::constant_path::f is the code the compiler runs in constant evaluation; here it
// runs at run time over a few hundred thousand deterministic points per function and type
// (uniform sweeps and log-uniform sweeps over the whole range), and the worst distance from
// std::f, in ulps of the type, is printed and checked against the documented bound.
// constant_evaluation.cpp checks that compile-time and run-time evaluation agree bit for bit.
#define BOOST_TEST_MODULE ctgrad math ulp accuracy
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <cstdio>
#include <iostream>
#include <limits>
#include <tuple>

#include <ctgrad/math.hpp>

#include "ulp.hpp"

namespace cp = ctgrad::math::constant_path;
using ctgrad_test::rng;
using types = std::tuple<float, double, long double>;

namespace {

/// Points per sweep; each function runs two to four sweeps per type (pow, the slowest at -O0,
/// fewer points per sweep).  About 4 million evaluations in all, ~5 s at -O0.
constexpr int points = 100000;
constexpr int pow_points = 60000;

/// The bounds the sweeps must meet (docs/math.md), in ulps of the type, against glibc's libm.
/// The constant path itself is within about 0.5 ulp of the exact value for float and double
/// and within about 0.7 ulp for long double; the rest of the allowance is <cmath>'s own error
/// (glibc's tanh is off by up to 2 ulp, its powl with integer exponents by up to ~2.5 ulp).
/// sqrt is correctly rounded on both sides, so it must match exactly.
constexpr long double bound = 2;       // exp, log, sin, cos
constexpr long double tanh_bound = 3;
constexpr long double pow_bound = 4;

template <class T> int max_exp() { return std::numeric_limits<T>::max_exponent; }
template <class T> int min_exp() {  // exponent of the smallest subnormal
  return std::numeric_limits<T>::min_exponent - std::numeric_limits<T>::digits;
}

/// Run one sweep: gen() yields an argument, ours/ref evaluate it.  Prints and checks the worst.
template <class T, class Gen, class Ours, class Ref>
void sweep(const char* fn, const char* range, long double limit, Gen gen, Ours ours, Ref ref,
           int count = points) {
  long double worst = 0;
  T worst_x = 0;
  for (int i = 0; i < count; ++i) {
    const T x = gen();
    const long double e = ctgrad_test::ulp_error<T>(ours(x), ref(x));
    if (e > worst) {
      worst = e;
      worst_x = x;
    }
  }
  char line[256];
  std::snprintf(line, sizeof line, "%-5s %-12s %-34s %7d points  worst %.3Lf ulp  (x = %.21Lg)",
                fn, ctgrad_test::type_name<T>(), range, count, worst,
                static_cast<long double>(worst_x));
  std::cout << line << std::endl;
  BOOST_TEST_MESSAGE(line);
  BOOST_TEST(worst <= limit, fn << "<" << ctgrad_test::type_name<T>() << "> over " << range
                                 << ": worst " << worst << " ulp");
}

}  // namespace

BOOST_AUTO_TEST_CASE_TEMPLATE(exp_accuracy, T, types) {
  rng r{1};
  // Whole finite range: from well below the underflow threshold to past overflow.
  const long double lo = std::log(static_cast<long double>(std::numeric_limits<T>::denorm_min())) - 2;
  const long double hi = std::log(static_cast<long double>(std::numeric_limits<T>::max())) + 1;
  sweep<T>("exp", "uniform over the whole range", bound, [&] { return r.uniform<T>(lo, hi); },
           [](T x) { return cp::exp(x); }, [](T x) { return std::exp(x); });
  sweep<T>("exp", "uniform [-1, 1]", bound, [&] { return r.uniform<T>(-1, 1); },
           [](T x) { return cp::exp(x); }, [](T x) { return std::exp(x); });
  sweep<T>("exp", "log-uniform |x| in [2^-70, 2^3]", bound,
           [&] { const T x = r.log_uniform<T>(-70, 3); return r.coin() ? -x : x; },
           [](T x) { return cp::exp(x); }, [](T x) { return std::exp(x); });
}

BOOST_AUTO_TEST_CASE_TEMPLATE(log_accuracy, T, types) {
  rng r{2};
  sweep<T>("log", "log-uniform, subnormals to max", bound,
           [&] { return r.log_uniform<T>(min_exp<T>(), max_exp<T>()); },
           [](T x) { return cp::log(x); }, [](T x) { return std::log(x); });
  sweep<T>("log", "uniform [0.5, 2]", bound, [&] { return r.uniform<T>(0.5L, 2); },
           [](T x) { return cp::log(x); }, [](T x) { return std::log(x); });
}

BOOST_AUTO_TEST_CASE_TEMPLATE(sqrt_accuracy, T, types) {
  rng r{3};
  // Correct rounding: not a single ulp of difference is allowed.
  sweep<T>("sqrt", "log-uniform, subnormals to max", 0,
           [&] { return r.log_uniform<T>(min_exp<T>(), max_exp<T>()); },
           [](T x) { return cp::sqrt(x); }, [](T x) { return std::sqrt(x); });
  sweep<T>("sqrt", "uniform [1, 4]", 0, [&] { return r.uniform<T>(1, 4); },
           [](T x) { return cp::sqrt(x); }, [](T x) { return std::sqrt(x); });
}

BOOST_AUTO_TEST_CASE_TEMPLATE(sin_cos_accuracy, T, types) {
  rng r{4};
  sweep<T>("sin", "uniform [-1e5, 1e5]", bound, [&] { return r.uniform<T>(-1e5L, 1e5L); },
           [](T x) { return cp::sin(x); }, [](T x) { return std::sin(x); });
  sweep<T>("cos", "uniform [-1e5, 1e5]", bound, [&] { return r.uniform<T>(-1e5L, 1e5L); },
           [](T x) { return cp::cos(x); }, [](T x) { return std::cos(x); });
  sweep<T>("sin", "log-uniform |x|, 2^-40 to max", bound,
           [&] { const T x = r.log_uniform<T>(-40, max_exp<T>()); return r.coin() ? -x : x; },
           [](T x) { return cp::sin(x); }, [](T x) { return std::sin(x); });
  sweep<T>("cos", "log-uniform |x|, 2^-40 to max", bound,
           [&] { const T x = r.log_uniform<T>(-40, max_exp<T>()); return r.coin() ? -x : x; },
           [](T x) { return cp::cos(x); }, [](T x) { return std::cos(x); });
}

BOOST_AUTO_TEST_CASE_TEMPLATE(tanh_accuracy, T, types) {
  rng r{5};
  sweep<T>("tanh", "uniform [-25, 25]", tanh_bound, [&] { return r.uniform<T>(-25, 25); },
           [](T x) { return cp::tanh(x); }, [](T x) { return std::tanh(x); });
  sweep<T>("tanh", "log-uniform |x|, 2^-80 to max", tanh_bound,
           [&] { const T x = r.log_uniform<T>(-80, max_exp<T>()); return r.coin() ? -x : x; },
           [](T x) { return cp::tanh(x); }, [](T x) { return std::tanh(x); });
}

BOOST_AUTO_TEST_CASE_TEMPLATE(pow_accuracy, T, types) {
  rng r{6};
  auto ours = [](T x, T y) { return cp::pow(x, y); };
  auto ref = [](T x, T y) { return std::pow(x, y); };
  // x log-uniform over the whole positive range, y such that the result spans the range too.
  T y = 0;
  const long double ylim = std::numeric_limits<T>::max_exponent;
  sweep<T>("pow", "x log-uniform, y*log2(x) in +-range", pow_bound,
           [&] {
             const T x = r.log_uniform<T>(min_exp<T>(), max_exp<T>());
             const long double l2 = std::log2(static_cast<long double>(x));
             y = static_cast<T>(r.uniform<long double>(-1.05L, 1.05L) * ylim /
                                (std::fabs(l2) < 1 ? 1 : std::fabs(l2)));
             return x;
           },
           [&](T x) { return ours(x, y); }, [&](T x) { return ref(x, y); }, pow_points);
  sweep<T>("pow", "x in [0.5, 2], y in [-100, 100]", pow_bound,
           [&] { y = r.uniform<T>(-100, 100); return r.uniform<T>(0.5L, 2); },
           [&](T x) { return ours(x, y); }, [&](T x) { return ref(x, y); }, pow_points);
  sweep<T>("pow", "x = 1 +- 2^-10..2^-60, |y| up to 2^60", pow_bound,
           [&] {
             const int k = 10 + static_cast<int>(r.next() % 50);
             const T d = static_cast<T>(std::ldexp(1 + r.unit(), -k));
             y = static_cast<T>(std::ldexp(r.uniform<long double>(-1, 1), k));
             return static_cast<T>(r.coin() ? 1 + d : 1 - d);
           },
           [&](T x) { return ours(x, y); }, [&](T x) { return ref(x, y); }, pow_points);
  sweep<T>("pow", "x < 0, integer y in [-40, 40]", pow_bound,
           [&] {
             y = static_cast<T>(static_cast<int>(r.next() % 81) - 40);
             return -r.log_uniform<T>(-20, 20);
           },
           [&](T x) { return ours(x, y); }, [&](T x) { return ref(x, y); }, pow_points);
}
