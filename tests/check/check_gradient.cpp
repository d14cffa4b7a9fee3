// check_gradient and central differences: the numeric side of every check.
#define BOOST_TEST_MODULE check gradient
#include <boost/test/unit_test.hpp>

#include <ctgrad/ctgrad.hpp>

#include <cmath>

using namespace ctgrad;

namespace {
constexpr auto x = var<"x">;
constexpr auto y = var<"y">;
}  // namespace

BOOST_AUTO_TEST_CASE(central_difference_of_a_callable) {
  // Exact for an affine function up to rounding.
  const double slope = central_difference([](double u) { return 10 * u - 5; }, 10.0, 1e-4);
  BOOST_TEST(slope == 10.0, boost::test_tools::tolerance(1e-9));
}

BOOST_AUTO_TEST_CASE(central_difference_of_an_expression) {
  const double numeric = central_difference(square(exp(square(x))), x, 1e-4, x = 0.5);
  BOOST_TEST(std::abs(numeric - 2 * std::exp(0.5)) < 1e-6);
  BOOST_TEST(std::abs(numeric - 2 * std::exp(0.5)) > 0.0);  // it is an approximation
}

BOOST_AUTO_TEST_CASE(reports_each_variable) {
  const auto report = check_gradient(x * exp(y) + sin(x * y), x = 0.7, y = -0.4);
  BOOST_TEST(report.entries.size() == 2u);
  BOOST_TEST(report.entries[0].variable == "x");
  BOOST_TEST(report.entries[1].variable == "y");
  BOOST_TEST(report.entries[0].analytic == std::exp(-0.4) - 0.4 * std::cos(-0.28),
             boost::test_tools::tolerance(1e-15));
  BOOST_TEST(report.passed(1e-8));
  BOOST_TEST(report.worst_error() > 0.0);
}

BOOST_AUTO_TEST_CASE(detects_a_wrong_derivative) {
  // At relu's kink the convention relu'(0) = 0 differs from the central difference 1/2: a
  // disagreement the check must report.
  const auto report = check_gradient(relu(x) * 3_c, x = 0.0);
  BOOST_TEST(report.entries[0].analytic == 0.0);
  BOOST_TEST(report.entries[0].numeric == 1.5, boost::test_tools::tolerance(1e-12));
  BOOST_TEST(!report.passed(1e-3));
}

BOOST_AUTO_TEST_CASE(works_in_float) {
  const auto report = check_gradient(log(x) * y, x = 2.0f, y = 3.0f);
  static_assert(std::is_same_v<decltype(report.worst_error()), float>);
  BOOST_TEST(report.passed(1e-3f));
}

BOOST_AUTO_TEST_CASE(a_nan_error_never_passes) {
  // Within one step of log's domain edge the central difference is NaN.
  const auto report = check_gradient(log(x), x = 1e-7);
  BOOST_TEST(std::isnan(report.entries[0].numeric));
  BOOST_TEST(std::isnan(report.worst_error()));
  BOOST_TEST(!report.passed(1.0));
}
