// Compile-time results of ctgrad::math: evaluated by the compiler into constexpr tables, then
// compared at run time (1) bit for bit with the same constant_path code run at run time, which
// is what ulp_accuracy.cpp measures over millions of points, and (2) with <cmath>, within the
// documented bound.  So the run-time accuracy figures hold for compile-time results too.
#define BOOST_TEST_MODULE ctgrad math constant evaluation
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <cstddef>
#include <iostream>
#include <limits>
#include <tuple>

#include <ctgrad/math.hpp>

#include "ulp.hpp"

namespace cm = ctgrad::math;
namespace cp = ctgrad::math::constant_path;
using types = std::tuple<float, double, long double>;

namespace {

constexpr long double bound = 4;
constexpr std::size_t n = 48;

/// Arguments (xs) and the results the compiler computed for them through ctgrad::math::f.
template <class T> struct table {
  T x[n], y[n];
  T exp[n], log[n], sqrt[n], sin[n], cos[n], tanh[n], pow[n];
};

/// exp's argument for point i: x itself when small, else up to +-705 (past float's overflow and
/// underflow thresholds, close to double's).
template <class T> constexpr T exp_arg(T x, std::size_t i) {
  const T ax = x < 0 ? -x : x;
  return ax < 1 ? x : (x < 0 ? -1 : 1) * T(15 * static_cast<int>(i));
}

/// Deterministic arguments spread over several decades, both signs, computed at compile time.
template <class T> constexpr table<T> make_table() {
  table<T> t{};
  T scale = T(1) / T(4096);
  for (std::size_t i = 0; i < n; ++i) {
    const T frac = T(1) + T(static_cast<int>((i * 37) % 64)) / T(64);
    t.x[i] = (i % 3 == 0 ? -1 : 1) * frac * scale;
    t.y[i] = T(static_cast<int>(i % 13) - 6) / T(2) + T(0.25);
    if (i % 2 == 1) scale *= T(4);
  }
  for (std::size_t i = 0; i < n; ++i) {
    const T x = t.x[i];
    const T ax = x < 0 ? -x : x;
    t.exp[i] = cm::exp(exp_arg(x, i));
    t.log[i] = cm::log(ax);
    t.sqrt[i] = cm::sqrt(ax);
    t.sin[i] = cm::sin(x);
    t.cos[i] = cm::cos(x);
    t.tanh[i] = cm::tanh(x / T(8));
    t.pow[i] = cm::pow(ax, t.y[i]);
  }
  return t;
}

constexpr table<float> table_f = make_table<float>();
constexpr table<double> table_d = make_table<double>();
constexpr table<long double> table_ld = make_table<long double>();

template <class T> constexpr const table<T>& table_for() {
  if constexpr (std::is_same_v<T, float>) return table_f;
  else if constexpr (std::is_same_v<T, double>) return table_d;
  else return table_ld;
}

template <class T, class CP, class Std>
void compare(const char* fn, const T (&compiled)[n], CP run_cp, Std run_std) {
  const table<T>& t = table_for<T>();
  long double worst = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const T expected_cp = run_cp(t, i);
    BOOST_TEST(ctgrad_test::same(compiled[i], expected_cp),
               fn << "<" << ctgrad_test::type_name<T>() << "> point " << i
                  << ": compile time " << compiled[i] << ", constant_path at run time "
                  << expected_cp);
    const long double e = ctgrad_test::ulp_error(compiled[i], run_std(t, i));
    worst = e > worst ? e : worst;
    BOOST_TEST(e <= bound, fn << "<" << ctgrad_test::type_name<T>() << "> point " << i << ": "
                              << e << " ulp from <cmath>");
  }
  std::cout << fn << "<" << ctgrad_test::type_name<T>() << ">: " << n
            << " compile-time values, worst " << worst << " ulp from <cmath>\n";
}

}  // namespace

BOOST_AUTO_TEST_CASE_TEMPLATE(compile_time_matches_run_time, T, types) {
  const table<T>& t = table_for<T>();
  auto arg_exp = [](const table<T>& tb, std::size_t i) { return exp_arg(tb.x[i], i); };
  auto abs_x = [](const table<T>& tb, std::size_t i) { return std::fabs(tb.x[i]); };
  compare<T>("exp", t.exp, [&](auto& tb, std::size_t i) { return cp::exp(arg_exp(tb, i)); },
             [&](auto& tb, std::size_t i) { return std::exp(arg_exp(tb, i)); });
  compare<T>("log", t.log, [&](auto& tb, std::size_t i) { return cp::log(abs_x(tb, i)); },
             [&](auto& tb, std::size_t i) { return std::log(abs_x(tb, i)); });
  compare<T>("sqrt", t.sqrt, [&](auto& tb, std::size_t i) { return cp::sqrt(abs_x(tb, i)); },
             [&](auto& tb, std::size_t i) { return std::sqrt(abs_x(tb, i)); });
  compare<T>("sin", t.sin, [](auto& tb, std::size_t i) { return cp::sin(tb.x[i]); },
             [](auto& tb, std::size_t i) { return std::sin(tb.x[i]); });
  compare<T>("cos", t.cos, [](auto& tb, std::size_t i) { return cp::cos(tb.x[i]); },
             [](auto& tb, std::size_t i) { return std::cos(tb.x[i]); });
  compare<T>("tanh", t.tanh, [](auto& tb, std::size_t i) { return cp::tanh(tb.x[i] / T(8)); },
             [](auto& tb, std::size_t i) { return std::tanh(tb.x[i] / T(8)); });
  compare<T>("pow", t.pow, [&](auto& tb, std::size_t i) { return cp::pow(abs_x(tb, i), tb.y[i]); },
             [&](auto& tb, std::size_t i) { return std::pow(abs_x(tb, i), tb.y[i]); });
}

BOOST_AUTO_TEST_CASE(arguments_span_a_wide_range) {
  // Guard against the table silently collapsing to a narrow range.
  BOOST_TEST(std::fabs(table_d.x[0]) < 1e-3);
  BOOST_TEST(std::fabs(table_d.x[n - 1]) > 1e10);
  BOOST_TEST(std::isinf(table_f.exp[n - 1]));  // overflow handled at compile time
  BOOST_TEST(table_f.exp[n - 3] == 0.0f);       // and underflow
}
