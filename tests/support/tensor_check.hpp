#pragma once
// Seeded random tensors and the gradient check the tensor tests share: d(f, v) for every
// variable v of f against central differences, every element, through ctgrad::check_gradient.

#include <boost/test/unit_test.hpp>

#include <ctgrad/ctgrad.hpp>

#include <cstddef>
#include <random>

namespace ctgrad_test {

/// One generator per test program, seeded: every run checks the same points.
inline std::mt19937_64& generator() {
  static std::mt19937_64 g{20240611};
  return g;
}

inline double uniform(double lo, double hi) {
  return std::uniform_real_distribution<double>(lo, hi)(generator());
}

/// A value of shape S (a number for shape<>), each element uniform in [lo, hi).
template <class S>
ctgrad::value_of_shape_t<double, S> random_value(double lo, double hi) {
  ctgrad::value_of_shape_t<double, S> v{};
  if constexpr (S::rank == 0) v = uniform(lo, hi);
  else
    for (auto& e : v) e = uniform(lo, hi);
  return v;
}

/// The same, for the shape of symbol or expression E.
template <class E>
auto random_for(E, double lo, double hi) {
  return random_value<ctgrad::shape_of<E>>(lo, hi);
}

/// Magnitudes in [lo, hi) with random signs: for relu, abs and 1/x, which are smooth only away
/// from 0, where a central difference is meaningful.
template <class E>
auto random_away_from_zero(E e, double lo, double hi) {
  auto v = random_for(e, lo, hi);
  if constexpr (ctgrad::shape_of<E>::rank == 0) {
    if (uniform(0, 1) < 0.5) v = -v;
  } else {
    for (auto& x : v)
      if (uniform(0, 1) < 0.5) x = -x;
  }
  return v;
}

/// check(X) for a variable X of each shape the element-wise and reduction tests use: a size-1
/// dimension is where a broadcasting bug or an off-by-one in index arithmetic hides.
template <class Check>
void for_each_shape(Check check) {
  BOOST_TEST_CONTEXT("2x3") { check(ctgrad::var<"X", 2, 3>); }
  BOOST_TEST_CONTEXT("1x4") { check(ctgrad::var<"X", 1, 4>); }
  BOOST_TEST_CONTEXT("4x1") { check(ctgrad::var<"X", 4, 1>); }
  BOOST_TEST_CONTEXT("vector of 3") { check(ctgrad::var<"X", 3>); }
}

/// Relative error allowed between d(f, v) and the central difference: the difference's own
/// truncation and rounding error at check_gradient's step is near 1e-10 for these functions.
inline constexpr double gradient_tolerance = 1e-7;

/// check_gradient of the scalar f at the bindings: every variable of f checked (at least one),
/// each element's error within gradient_tolerance.
template <class F, class... B>
void expect_gradient(const char* what, F f, const B&... bindings) {
  static_assert(ctgrad::shape_of<F>::rank == 0, "expect_gradient checks scalar functions");
  const auto report = ctgrad::check_gradient(f, bindings...);
  BOOST_TEST_CONTEXT(what) {
    BOOST_TEST(report.entries.size() >= 1u);
    for (const auto& e : report.entries) {
      BOOST_TEST_CONTEXT("d/d" << e.variable << " at element " << e.element << ": analytic "
                               << e.analytic << ", numeric " << e.numeric) {
        BOOST_TEST(e.error <= gradient_tolerance);
      }
    }
  }
}

/// The weight tensor of weighted_sum, a parameter so that it is bound but not checked.
template <std::size_t... D>
constexpr auto weight_for(ctgrad::shape<D...>) {
  return ctgrad::param<"weight", D...>;
}

/// expect_gradient of sum(weight * e), with fixed random weights of e's shape, for a tensor
/// e: every element of e counts in the derivative, each with its own weight, so a wrong or
/// misplaced element of an adjoint changes the result. A scalar e is checked as it is.
template <class E, class... B>
void expect_weighted_gradient(const char* what, E e, const B&... bindings) {
  using S = ctgrad::shape_of<E>;
  if constexpr (S::rank == 0) {
    expect_gradient(what, e, bindings...);
  } else {
    constexpr auto weight = weight_for(S{});
    expect_gradient(what, ctgrad::sum(weight * e), weight = random_value<S>(0.5, 1.5), bindings...);
  }
}

}  // namespace ctgrad_test
