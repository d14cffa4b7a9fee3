#pragma once
// Differential testing of random expressions: ctgrad's first and second derivatives against
// Boost.Math's forward-mode autodiff (an independent implementation, evaluating the same
// expression over fvar) and against central differences; plus the properties every
// derivative must have: fused programs equal plain evaluation, Hessians are symmetric,
// d is linear, and simplifying changes no value. The printed forms of each expression and of
// its first and second derivatives read back to their values, and their LaTeX is well formed.
// A failure prints the expression and point.

#include <boost/math/differentiation/autodiff.hpp>
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "../support/latex_check.hpp"
#include "../support/read_back.hpp"
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
  std::uint64_t read_back_checks = 0;      ///< to_string read back, against eval
  double worst_read_back = 0;
  std::string worst_read_back_form;
  std::uint64_t latex_checks = 0;
};
differential_totals& totals();
void record_printed_form(const std::string& printed);

struct point {
  double x, y, z;
};

inline double relative_error(double a, double b) {
  return std::abs(a - b) / std::fmax(1.0, std::fmax(std::abs(a), std::abs(b)));
}

/// How far printed text read back lies from eval's value; NaN and infinities must agree.
inline double read_back_error(double evaluated, double read) {
  if (evaluated == read || (std::isnan(evaluated) && std::isnan(read))) return 0;
  return relative_error(evaluated, read);
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

/// Printed text read back at p equals value, eval's.
inline void check_read_back(std::string_view text, const point& p, double value) {
  differential_totals& t = totals();
  const named_value values[] = {{"x", p.x}, {"y", p.y}, {"z", p.z}};
  double read = std::nan("");
  try {
    read = read_back(text, values);
  } catch (const unreadable_text& error) {
    BOOST_ERROR(error.what());
  }
  const double error = read_back_error(value, read);
  ++t.read_back_checks;
  BOOST_TEST(error <= 1e-13, "read back " << read << " vs eval " << value << ": " << text);
  if (!(error <= t.worst_read_back)) {
    t.worst_read_back = error;
    t.worst_read_back_form = text;
  }
}

// Printed in constant evaluation, as a static_assert would: printing at run time would
// compile a printer per sub-term.
template <class E>
void check_read_back(E, const point& p, double value) {
  static constexpr auto text = to_string(E{});
  check_read_back(text.view(), p, value);
}

/// E's LaTeX passes latex_fault. Not for second derivatives: theirs is the longest LaTeX to
/// print at compile time, and their text is read back already.
template <class E>
void check_latex(E) {
  static constexpr auto latex = to_latex(E{});
  static constexpr auto constants = latex_constants<E>::all;
  const std::string fault = latex_fault(latex.view(), constants);
  ++totals().latex_checks;
  BOOST_TEST(fault.empty(), fault << ": " << latex.view());
}

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
    check_read_back(d(f, v), p, first);
    check_read_back(d(d(f, v), v), p, second);
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
  BOOST_TEST_CONTEXT(printed) {
    check_latex(f);
    [&]<class... S>(detail::type_list<S...>) { (check_latex(d(f, S{})), ...); }(symbols_of<decltype(f)>{});
  }
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
    BOOST_TEST_CONTEXT(printed << " at (" << p.x << ", " << p.y << ", " << p.z << ")") {
      check_read_back(f, p, value);
    }
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
