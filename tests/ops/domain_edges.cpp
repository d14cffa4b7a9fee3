// The documented behaviour at domain edges (docs/domain_edges.md): IEEE results at run time,
// no undefined behaviour, and the subgradient conventions relu'(0) = abs'(0) = 0.
#define BOOST_TEST_MODULE domain edges
#include <boost/test/unit_test.hpp>

#include <ctgrad/ctgrad.hpp>

#include <cmath>
#include <limits>

using namespace ctgrad;

namespace {
constexpr auto x = var<"x">;
constexpr double inf = std::numeric_limits<double>::infinity();
constexpr double not_a_number = std::numeric_limits<double>::quiet_NaN();

// volatile keeps the evaluation at run time, where IEEE rules apply.
double at(double u) {
  volatile double v = u;
  return v;
}
}  // namespace

BOOST_AUTO_TEST_CASE(log_at_and_below_zero) {
  BOOST_TEST(eval(log(x), x = at(0.0)) == -inf);
  BOOST_TEST(eval(d(log(x), x), x = at(0.0)) == inf);
  BOOST_TEST(std::isnan(eval(log(x), x = at(-1.0))));
  static_assert(eval(log(x), x = 0.0) == -inf);  // also in constant evaluation
}

BOOST_AUTO_TEST_CASE(sqrt_at_zero) {
  BOOST_TEST(eval(sqrt(x), x = at(0.0)) == 0.0);
  BOOST_TEST(eval(d(sqrt(x), x), x = at(0.0)) == inf);
  BOOST_TEST(std::isnan(eval(sqrt(x), x = at(-1.0))));
  // x^(1/2) is evaluated through sqrt and behaves the same.
  BOOST_TEST(eval(d(pow(x, 0.5_c), x), x = at(0.0)) == inf);
}

BOOST_AUTO_TEST_CASE(relu_and_abs_at_zero) {
  BOOST_TEST(eval(relu(x), x = at(0.0)) == 0.0);
  BOOST_TEST(eval(d(relu(x), x), x = at(0.0)) == 0.0);
  BOOST_TEST(eval(abs(x), x = at(0.0)) == 0.0);
  BOOST_TEST(eval(d(abs(x), x), x = at(0.0)) == 0.0);
  BOOST_TEST(eval(d(relu(x), x), x = at(-0.0)) == 0.0);
  static_assert(eval(d(relu(x), x), x = 0.0) == 0.0 && eval(d(abs(x), x), x = 0.0) == 0.0);
}

BOOST_AUTO_TEST_CASE(division_by_zero) {
  BOOST_TEST(eval(1_c / x, x = at(0.0)) == inf);
  BOOST_TEST(eval(1_c / x, x = at(-0.0)) == -inf);
  BOOST_TEST(eval(d(1_c / x, x), x = at(0.0)) == -inf);
  BOOST_TEST(std::isnan(eval(x / x, x = at(0.0))));
}

BOOST_AUTO_TEST_CASE(exp_overflow_and_saturating_functions) {
  BOOST_TEST(eval(exp(x), x = at(1000.0)) == inf);
  BOOST_TEST(eval(d(exp(x), x), x = at(1000.0)) == inf);
  BOOST_TEST(eval(exp(x), x = at(-1000.0)) == 0.0);
  // sigmoid and tanh saturate to their limits (sigmoid's exp(-a) overflowing to inf gives 0,
  // not NaN), in constant evaluation as at run time, and their slopes go to 0, not NaN.
  BOOST_TEST(eval(sigmoid(x), x = at(1000.0)) == 1.0);
  BOOST_TEST(eval(sigmoid(x), x = at(-1000.0)) == 0.0);
  BOOST_TEST(eval(sigmoid(x), x = at(inf)) == 1.0);
  BOOST_TEST(eval(sigmoid(x), x = at(-inf)) == 0.0);
  static_assert(eval(sigmoid(x), x = -1000.0) == 0.0 && eval(sigmoid(x), x = 1000.0) == 1.0);
  BOOST_TEST(eval(d(sigmoid(x), x), x = at(1000.0)) == 0.0);
  BOOST_TEST(eval(d(sigmoid(x), x), x = at(-1000.0)) == 0.0);
  BOOST_TEST(eval(d(tanh(x), x), x = at(inf)) == 0.0);
  static_assert(eval(exp(x), x = 1000.0) == inf);
}

BOOST_AUTO_TEST_CASE(nan_propagates) {
  BOOST_TEST(std::isnan(eval(relu(x), x = at(not_a_number))));
  BOOST_TEST(std::isnan(eval(abs(x), x = at(not_a_number))));
  BOOST_TEST(std::isnan(eval(d(relu(x), x), x = at(not_a_number))));
  BOOST_TEST(std::isnan(eval(d(abs(x), x), x = at(not_a_number))));
  BOOST_TEST(std::isnan(eval(d(square(exp(x)), x), x = at(not_a_number))));
  BOOST_TEST(std::isnan(value_and_grad(sigmoid(x), x)(x = at(not_a_number))[1]));
}
