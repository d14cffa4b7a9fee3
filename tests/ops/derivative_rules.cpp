// Every operation's derivative against its textbook formula and against central differences,
// at many points across its domain, alone and under the chain rule.
#define BOOST_TEST_MODULE derivative rules
#include <boost/test/unit_test.hpp>

#include <ctgrad/ctgrad.hpp>

#include <cmath>

#include "../support/close.hpp"

using namespace ctgrad;
using ctgrad_test::close;
using ctgrad_test::for_points;

namespace {

constexpr auto x = var<"x">;
constexpr auto y = var<"y">;

// d(f, x) at each point against `formula`, and against a central difference.
template <class F, class Formula>
void check_rule(F f, Formula formula, double lo, double hi) {
  for_points(lo, hi, 400, [&](double u) {
    BOOST_TEST_CONTEXT(to_string(f).c_str() << " at x = " << u) {
      const double exact = eval(d(f, x), x = u);
      BOOST_TEST(close(exact, formula(u), 1e-13));
      const double numeric = central_difference(f, x, 1e-6, x = u);
      BOOST_TEST(close(exact, numeric, 1e-7));
    }
  });
}

}  // namespace

BOOST_AUTO_TEST_CASE(arithmetic) {
  check_rule(x + x * 3_c, [](double) { return 4.0; }, -5, 5);
  check_rule(2_c - x, [](double) { return -1.0; }, -5, 5);
  check_rule(-x * x, [](double u) { return -2 * u; }, -5, 5);
  check_rule(1_c / x, [](double u) { return -1 / (u * u); }, 0.1, 5);
  check_rule(x / (x + 2_c), [](double u) { return 2 / ((u + 2) * (u + 2)); }, -1.9, 5);
}

BOOST_AUTO_TEST_CASE(powers) {
  check_rule(square(x), [](double u) { return 2 * u; }, -5, 5);
  check_rule(pow(x, 3_c), [](double u) { return 3 * u * u; }, -5, 5);
  check_rule(pow(x, -2_c), [](double u) { return -2 / (u * u * u); }, 0.2, 5);
  check_rule(pow(x, 0.5_c), [](double u) { return 0.5 / std::sqrt(u); }, 0.01, 9);
  check_rule(pow(x, 3_c / 2_c), [](double u) { return 1.5 * std::sqrt(u); }, 0.01, 9);
  check_rule(pow(x, c<1, 3>), [](double u) { return std::pow(u, -2.0 / 3) / 3; }, 0.01, 9);
  check_rule(pow(2_c, x), [](double u) { return std::pow(2.0, u) * std::log(2.0); }, -5, 5);
  check_rule(pow(x, x), [](double u) { return std::pow(u, u) * (std::log(u) + 1); }, 0.1, 4);
}

BOOST_AUTO_TEST_CASE(exponentials) {
  check_rule(exp(x), [](double u) { return std::exp(u); }, -20, 20);
  check_rule(log(x), [](double u) { return 1 / u; }, 0.01, 100);
  check_rule(sqrt(x), [](double u) { return 0.5 / std::sqrt(u); }, 0.01, 100);
  check_rule(sigmoid(x), [](double u) {
    const double s = 1 / (1 + std::exp(-u));
    return s * (1 - s);
  }, -30, 30);
}

BOOST_AUTO_TEST_CASE(trigonometric) {
  check_rule(sin(x), [](double u) { return std::cos(u); }, -10, 10);
  check_rule(cos(x), [](double u) { return -std::sin(u); }, -10, 10);
  check_rule(tanh(x), [](double u) { return 1 / (std::cosh(u) * std::cosh(u)); }, -10, 10);
}

BOOST_AUTO_TEST_CASE(piecewise) {
  // Away from the kink; at 0 see domain_edges.
  check_rule(relu(x), [](double u) { return u > 0 ? 1.0 : 0.0; }, -5.005, 5);
  check_rule(abs(x), [](double u) { return u > 0 ? 1.0 : -1.0; }, -5.005, 5);
}

BOOST_AUTO_TEST_CASE(chain_rule) {
  // y = exp(x^2)^2, dy/dx = 4 x exp(2 x^2)
  check_rule(square(exp(square(x))), [](double u) { return 4 * u * std::exp(2 * u * u); }, -2, 2);
  check_rule(log(sigmoid(3_c * x + 1_c)), [](double u) { return 3 / (1 + std::exp(3 * u + 1)); },
             -5, 5);
  check_rule(sin(cos(tanh(x))), [](double u) {
    const double t = std::tanh(u);
    return std::cos(std::cos(t)) * -std::sin(t) * (1 - t * t);
  }, -3, 3);
  check_rule(sqrt(square(x) + 1_c), [](double u) { return u / std::sqrt(u * u + 1); }, -5, 5);
}

BOOST_AUTO_TEST_CASE(several_variables) {
  const auto f = x * sin(y) + exp(x * y) / y;
  for_points(0.3, 2.0, 50, [&](double u) {
    const double v = 2.3 - u;
    const double fx = eval(d(f, x), x = u, y = v);
    const double fy = eval(d(f, y), x = u, y = v);
    BOOST_TEST(close(fx, std::sin(v) + std::exp(u * v), 1e-13));
    BOOST_TEST(close(fy, u * std::cos(v) + (u * v - 1) * std::exp(u * v) / (v * v), 1e-13));
    // Mixed second derivatives agree in either order.
    BOOST_TEST(close(eval(d(d(f, x), y), x = u, y = v), eval(d(d(f, y), x), x = u, y = v),
                     1e-13));
  });
}

BOOST_AUTO_TEST_CASE(parameters_are_differentiated_only_when_asked) {
  constexpr auto a = param<"a">;
  const auto f = a * square(x);
  BOOST_TEST(eval(d(f, x), x = 3.0, a = 0.5) == 3.0);
  BOOST_TEST(eval(d(f, a), x = 3.0, a = 0.5) == 9.0);
  const auto report = check_gradient(f, x = 3.0, a = 0.5);
  BOOST_TEST(report.entries.size() == 1u);
  BOOST_TEST(report.entries[0].variable == "x");
}
