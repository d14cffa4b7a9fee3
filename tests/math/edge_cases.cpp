// Domain edges of the constant-evaluation path, checked at run time against <cmath>: NaN,
// infinities, signed zeros, subnormals, overflow and underflow thresholds, the C Annex F table
// of pow, and the run-time dispatch (which must return exactly what <cmath> returns).
#define BOOST_TEST_MODULE ctgrad math edge cases
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <limits>
#include <tuple>
#include <vector>

#include <ctgrad/math.hpp>

#include "ulp.hpp"

namespace cm = ctgrad::math;
namespace cp = ctgrad::math::constant_path;
using types = std::tuple<float, double, long double>;

namespace {

/// Same bound as the accuracy test; special results (NaN, inf, signed zero) must match exactly,
/// which ulp_error reports as an infinite distance otherwise.
constexpr long double bound = 4;

template <class T> std::vector<T> specials() {
  using lim = std::numeric_limits<T>;
  const T pi = static_cast<T>(3.14159265358979323846264338327950288L);
  std::vector<T> v = {T(0), lim::denorm_min(), lim::min(), lim::epsilon(), T(0.5), T(1), T(2),
                      T(3), pi / 2, pi, 2 * pi, T(10), T(19), T(23), T(50), T(88), T(89),
                      T(700), T(710), T(745), T(746), T(11355), T(11357), T(11400), T(1e22L),
                      T(1e30L), lim::max(), lim::infinity(),
                      // just around 1
                      std::nextafter(T(1), T(0)), std::nextafter(T(1), T(2)),
                      // the overflow and underflow thresholds of exp
                      std::log(lim::max()), std::nextafter(std::log(lim::max()), lim::max()),
                      std::log(lim::min()), std::log(lim::denorm_min()),
                      std::nextafter(std::log(lim::denorm_min()), T(0)),
                      std::log(lim::denorm_min()) - 1};
  const std::size_t n = v.size();
  for (std::size_t i = 0; i < n; ++i) v.push_back(-v[i]);
  v.push_back(lim::quiet_NaN());
  return v;
}

template <class T, class Ours, class Ref> void check_unary(const char* fn, Ours ours, Ref ref) {
  for (const T x : specials<T>()) {
    const T a = ours(x), b = ref(x);
    BOOST_TEST(ctgrad_test::ulp_error(a, b) <= bound,
               fn << "<" << ctgrad_test::type_name<T>() << ">(" << x << "): constant path " << a
                  << ", <cmath> " << b);
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE_TEMPLATE(unary_specials, T, types) {
  check_unary<T>("exp", [](T x) { return cp::exp(x); }, [](T x) { return std::exp(x); });
  check_unary<T>("log", [](T x) { return cp::log(x); }, [](T x) { return std::log(x); });
  check_unary<T>("sqrt", [](T x) { return cp::sqrt(x); }, [](T x) { return std::sqrt(x); });
  check_unary<T>("sin", [](T x) { return cp::sin(x); }, [](T x) { return std::sin(x); });
  check_unary<T>("cos", [](T x) { return cp::cos(x); }, [](T x) { return std::cos(x); });
  check_unary<T>("tanh", [](T x) { return cp::tanh(x); }, [](T x) { return std::tanh(x); });
}

BOOST_AUTO_TEST_CASE_TEMPLATE(named_values, T, types) {
  using lim = std::numeric_limits<T>;
  constexpr T inf = lim::infinity();
  using ctgrad_test::same;
  BOOST_TEST(same(cp::exp(inf), inf));
  BOOST_TEST(same(cp::exp(-inf), T(0)));
  BOOST_TEST(same(cp::exp(-T(0)), T(1)));
  BOOST_TEST(same(cp::exp(lim::max()), inf));
  BOOST_TEST(same(cp::exp(-lim::max()), T(0)));
  BOOST_TEST(same(cp::log(T(0)), -inf));
  BOOST_TEST(same(cp::log(-T(0)), -inf));
  BOOST_TEST(same(cp::log(T(1)), T(0)));
  BOOST_TEST(std::isnan(cp::log(T(-1))));
  BOOST_TEST(std::isnan(cp::log(-inf)));
  BOOST_TEST(same(cp::log(inf), inf));
  BOOST_TEST(same(cp::sqrt(-T(0)), -T(0)));
  BOOST_TEST(std::isnan(cp::sqrt(-lim::denorm_min())));
  BOOST_TEST(same(cp::sqrt(inf), inf));
  BOOST_TEST(same(cp::sin(-T(0)), -T(0)));
  BOOST_TEST(std::isnan(cp::sin(inf)));
  BOOST_TEST(std::isnan(cp::cos(-inf)));
  BOOST_TEST(same(cp::tanh(-T(0)), -T(0)));
  BOOST_TEST(same(cp::tanh(inf), T(1)));
  BOOST_TEST(same(cp::tanh(-inf), T(-1)));
  BOOST_TEST(same(cp::tanh(-lim::denorm_min()), -lim::denorm_min()));
  // Exact squares have exact square roots.
  for (T x : {T(0.25), T(1), T(3), T(4095), std::ldexp(T(1), -60), std::ldexp(T(3), 60)})
    BOOST_TEST(same(cp::sqrt(x * x), x));
  BOOST_TEST(same(cp::pow(T(2), T(-3)), T(0.125)));
  BOOST_TEST(same(cp::pow(T(-3), T(3)), T(-27)));
  BOOST_TEST(same(cp::pow(T(10), T(2)), T(100)));
  for (T x : specials<T>()) {  // NaN payload in, NaN out
    BOOST_TEST(std::isnan(cp::exp(x + lim::quiet_NaN())));
    BOOST_TEST(std::isnan(cp::pow(x, lim::quiet_NaN())) == (x != T(1)));  // pow(1, NaN) = 1
  }
}

BOOST_AUTO_TEST_CASE_TEMPLATE(pow_annex_f_grid, T, types) {
  using lim = std::numeric_limits<T>;
  // Every pair from a grid of awkward values: zeros, infinities, NaN, +-1, halves, odd and
  // even integers (also at the size where integers stop being odd), huge and tiny.
  std::vector<T> v = {T(0), T(0.5), T(1), T(1.5), T(2), T(2.5), T(3), T(4), T(1e3L),
                      std::ldexp(T(1), lim::digits) - 1, std::ldexp(T(1), lim::digits),
                      lim::denorm_min(), lim::min(), lim::max(), lim::infinity()};
  const std::size_t n = v.size();
  for (std::size_t i = 0; i < n; ++i) v.push_back(-v[i]);
  v.push_back(lim::quiet_NaN());
  for (const T x : v)
    for (const T y : v) {
      const T a = cp::pow(x, y), b = std::pow(x, y);
      BOOST_TEST(ctgrad_test::ulp_error(a, b) <= bound,
                 "pow<" << ctgrad_test::type_name<T>() << ">(" << x << ", " << y
                        << "): constant path " << a << ", <cmath> " << b);
    }
}

BOOST_AUTO_TEST_CASE_TEMPLATE(run_time_dispatch_is_cmath, T, types) {
  // At run time ctgrad::math::f *is* std::f: identical bits, special values included.
  using ctgrad_test::same;
  ctgrad_test::rng r{99};
  std::vector<T> xs = specials<T>();
  for (int i = 0; i < 2000; ++i) xs.push_back(r.uniform<T>(-50, 50));
  for (const T x : xs) {
    BOOST_TEST(same(cm::exp(x), std::exp(x)));
    BOOST_TEST(same(cm::log(x), std::log(x)));
    BOOST_TEST(same(cm::sqrt(x), std::sqrt(x)));
    BOOST_TEST(same(cm::sin(x), std::sin(x)));
    BOOST_TEST(same(cm::cos(x), std::cos(x)));
    BOOST_TEST(same(cm::tanh(x), std::tanh(x)));
    BOOST_TEST(same(cm::pow(x, T(1.75)), std::pow(x, T(1.75))));
    BOOST_TEST(same(cm::pow(T(1.75), x), std::pow(T(1.75), x)));
  }
}
