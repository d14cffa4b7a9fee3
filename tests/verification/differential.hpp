#pragma once
// Differential testing of random expressions: ctgrad's first and second derivatives against
// Boost.Math's forward-mode autodiff (an independent implementation, evaluating the same
// expression over fvar) and against central differences; plus the properties every
// derivative must have: fused programs equal plain evaluation, Hessians are symmetric,
// d is linear, and simplifying changes no value. A failure prints the expression and point.

#include <boost/math/differentiation/autodiff.hpp>
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <cstdint>
#include <string>
#include <type_traits>
#include <utility>

#include "random_expression.hpp"

namespace ctgrad_test {

namespace ad = boost::math::differentiation;

/// Totals over the whole population, reported by the last test case.
struct differential_totals {
  std::uint64_t expressions = 0;
  std::uint64_t points = 0;
  std::uint64_t skipped_points = 0;        ///< a value was non-finite or beyond 1e6
  std::uint64_t kinks_skipped = 0;         ///< central differences undefined: a kink in reach
  std::uint64_t derivative_checks = 0;
  double worst_first = 0;                  ///< vs fvar, first derivatives
  double worst_second = 0;                 ///< vs fvar of order 2
  double worst_central = 0;                ///< vs central differences
  std::string worst_first_expression;
};
differential_totals& totals();
void record_printed_form(const std::string& printed);

struct point {
  double x, y, z;
};

inline double relative_error(double a, double b) {
  return std::abs(a - b) / std::fmax(1.0, std::fmax(std::abs(a), std::abs(b)));
}

inline double random_coordinate(std::uint64_t& state) {
  state = next_random(state);
  return -1.5 + 3.0 * static_cast<double>(state >> 11) / 9007199254740992.0;  // [-1.5, 1.5)
}

template <class E>
double at(E e, const point& p) {
  return eval(e, x = p.x, y = p.y, z = p.z);
}

// f over fvar<double, Order> with V as the forward-mode variable and the others constant.
template <int Order, class F, class V>
auto at_seeded(F f, V, const point& p) {
  using dual = ad::autodiff_fvar<double, Order>;
  const auto coordinate = [](auto symbol, double value) {
    return std::is_same_v<decltype(symbol), V> ? ad::make_fvar<double, Order>(value) : dual(value);
  };
  return eval(f, x = coordinate(x, p.x), y = coordinate(y, p.y), z = coordinate(z, p.z));
}

inline double coordinate_of(decltype(x), const point& p) { return p.x; }
inline double coordinate_of(decltype(y), const point& p) { return p.y; }
inline double coordinate_of(decltype(z), const point& p) { return p.z; }

template <class F, class V>
void check_variable(F f, V v, const point& p, const std::string& printed) {
  differential_totals& t = totals();
  const double first = at(d(f, v), p);
  const double second = at(d(d(f, v), v), p);
  // One order-2 evaluation gives both: instantiating order 1 too would double the build.
  const auto dual = at_seeded<2>(f, v, p);
  const double dual_first = dual.derivative(1);
  const double dual_second = dual.derivative(2);
  const double e1 = relative_error(first, dual_first);
  const double e2 = relative_error(second, dual_second);
  ++t.derivative_checks;
  BOOST_TEST_CONTEXT(printed << ", in " << V::name.view() << ", at (" << p.x << ", " << p.y
                             << ", " << p.z << ")") {
    BOOST_TEST(e1 <= 1e-10, "first derivative: ctgrad " << first << ", fvar " << dual_first);
    BOOST_TEST(e2 <= 1e-8, "second derivative: ctgrad " << second << ", fvar " << dual_second);
    // A central difference is only defined where two step sizes agree; else a kink is near.
    const double u = coordinate_of(v, p);
    const double h = 1e-5 * std::fmax(1.0, std::abs(u));
    const double c1 = central_difference(f, v, h, x = p.x, y = p.y, z = p.z);
    const double c2 = central_difference(f, v, 10 * h, x = p.x, y = p.y, z = p.z);
    if (relative_error(c1, c2) > 1e-5) {
      ++t.kinks_skipped;
    } else {
      const double ec = relative_error(first, c1);
      BOOST_TEST(ec <= 1e-6, "central difference " << c1 << " vs ctgrad " << first);
      if (ec > t.worst_central) t.worst_central = ec;
    }
  }
  if (e1 > t.worst_first) {
    t.worst_first = e1;
    t.worst_first_expression = printed;
  }
  if (e2 > t.worst_second) t.worst_second = e2;
}

template <class F>
void check_properties(F f, const point& p, const std::string& printed) {
  BOOST_TEST_CONTEXT(printed << " at (" << p.x << ", " << p.y << ", " << p.z << ")") {
    // Fused programs equal plain evaluation.
    const auto fused = value_and_grad(f, x, y, z)(x = p.x, y = p.y, z = p.z);
    BOOST_TEST(relative_error(fused[0], at(simplify(f), p)) <= 1e-15);  // its value is simplified
    BOOST_TEST(relative_error(fused[1], at(d(f, x), p)) <= 1e-15);
    BOOST_TEST(relative_error(fused[2], at(d(f, y), p)) <= 1e-15);
    BOOST_TEST(relative_error(fused[3], at(d(f, z), p)) <= 1e-15);
    // Hessians are symmetric.
    BOOST_TEST(relative_error(at(d(d(f, x), y), p), at(d(d(f, y), x), p)) <= 1e-12);
    BOOST_TEST(relative_error(at(d(d(f, x), z), p), at(d(d(f, z), x), p)) <= 1e-12);
    BOOST_TEST(relative_error(at(d(d(f, y), z), p), at(d(d(f, z), y), p)) <= 1e-12);
    // Simplifying changes no value.
    BOOST_TEST(relative_error(at(simplify(f), p), at(f, p)) <= 1e-12);
  }
}

template <class F, class G>
void check_linearity(F f, G g, const point& p, const std::string& printed) {
  BOOST_TEST_CONTEXT("d is linear: f = " << printed << ", at (" << p.x << ", " << p.y << ", "
                                         << p.z << ")") {
    const double combined = at(d(f + 2_c * g, x), p);
    const double separate = at(d(f, x), p) + 2 * at(d(g, x), p);
    BOOST_TEST(relative_error(combined, separate) <= 1e-12);
  }
}

template <class... S>
struct symbol_pack {};

template <class F, class... S>
void check_expression_at(F f, symbol_pack<S...>, const point& p, const std::string& printed) {
  (check_variable(f, S{}, p, printed), ...);
  check_properties(f, p, printed);
}

template <std::uint64_t Index>
void check_population_member() {
  constexpr auto f = population_member<Index>();
  constexpr auto g = population_member<Index + 100000>();
  const std::string printed(to_string(f).view());
  record_printed_form(printed);
  differential_totals& t = totals();
  ++t.expressions;
  std::uint64_t state = Index;
  constexpr int points_per_expression = 6;
  for (int i = 0; i < points_per_expression; ++i) {
    const point p{random_coordinate(state), random_coordinate(state), random_coordinate(state)};
    const double value = at(f, p);
    if (!std::isfinite(value) || std::abs(value) > 1e6) {
      ++t.skipped_points;
      continue;
    }
    ++t.points;
    [&]<class... S>(detail::type_list<S...>) {
      check_expression_at(f, symbol_pack<S...>{}, p, printed);
    }(symbols_of<decltype(f)>{});
    check_linearity(f, g, p, printed);
  }
}

template <std::uint64_t First, std::uint64_t... I>
void check_population(std::integer_sequence<std::uint64_t, I...>) {
  (check_population_member<First + I>(), ...);
}

}  // namespace ctgrad_test
