// Evaluation is generic over the scalar type: float, double, long double and Boost.Math's
// forward-mode autodiff type fvar, which cross-checks our symbolic derivatives independently.
#define BOOST_TEST_MODULE scalar types
#include <boost/math/differentiation/autodiff.hpp>
#include <boost/test/unit_test.hpp>

#include <ctgrad/ctgrad.hpp>

#include <cmath>

#include "../support/close.hpp"

using namespace ctgrad;
using ctgrad_test::close;
using ctgrad_test::for_points;
namespace ad = boost::math::differentiation;

namespace {

constexpr auto x = var<"x">;
constexpr auto y = var<"y">;
constexpr auto f = square(exp(square(x)));

}  // namespace

BOOST_AUTO_TEST_CASE(constant_evaluation) {
  static_assert(eval(x * x + 1_c, x = 3) == 10.0);
  static_assert(eval(d(x * x, x), x = 0.5f) == 1.0f);
  constexpr double slope = eval(d(f, x), x = 0.5);
  static_assert(slope > 3.2974425414 && slope < 3.2974425415);
  constexpr auto fused = value_and_grad(f, x)(x = 0.5);
  static_assert(fused[1] == slope);
  BOOST_TEST(slope == 4 * 0.5 * std::exp(0.5), boost::test_tools::tolerance(1e-14));
}

BOOST_AUTO_TEST_CASE(the_scalar_type_follows_the_bindings) {
  static_assert(std::is_same_v<decltype(eval(f, x = 1.0f)), float>);
  static_assert(std::is_same_v<decltype(eval(f, x = 1.0)), double>);
  static_assert(std::is_same_v<decltype(eval(f, x = 1.0L)), long double>);
  static_assert(std::is_same_v<decltype(eval(f, x = 1)), double>);
  static_assert(std::is_same_v<decltype(eval(x * y, x = 1.0f, y = 2.0)), double>);
  static_assert(std::is_same_v<decltype(eval<float>(f, x = 1.0)), float>);
}

BOOST_AUTO_TEST_CASE(float_and_long_double_agree_with_double) {
  for_points(-1.5, 1.5, 60, [](double u) {
    const double reference = eval(d(f, x), x = u);
    BOOST_TEST(close<double>(eval(d(f, x), x = static_cast<float>(u)), reference, 1e-5));
    BOOST_TEST(close<double>(static_cast<double>(eval(d(f, x), x = static_cast<long double>(u))),
                             reference, 1e-14));
  });
}

BOOST_AUTO_TEST_CASE(derivatives_agree_with_boost_math_autodiff) {
  const auto g = sin(x) * exp(y) / (1_c + square(x)) + sqrt(x * y) - tanh(x) * log(y) +
                 sigmoid(x - y) + pow(x, 3_c / 2_c);
  for_points(0.2, 2.0, 40, [&](double u) {
    const double v = 2.5 - u;
    // Seed x, then y, as fvar's variable: derivative(k) is then the k-th derivative in it.
    const auto fx = ad::make_fvar<double, 2>(u);
    const ad::autodiff_fvar<double, 2> fy = v;
    const auto through_x = eval(g, x = fx, y = fy);
    const ad::autodiff_fvar<double, 2> cx = u;
    const auto through_y = eval(g, x = cx, y = ad::make_fvar<double, 2>(v));
    BOOST_TEST_CONTEXT("at (" << u << ", " << v << ")") {
      BOOST_TEST(close(eval(g, x = u, y = v), through_x.derivative(0), 1e-14));
      BOOST_TEST(close(eval(d(g, x), x = u, y = v), through_x.derivative(1), 1e-13));
      BOOST_TEST(close(eval(d(g, y), x = u, y = v), through_y.derivative(1), 1e-13));
      BOOST_TEST(close(eval(d(d(g, x), x), x = u, y = v), through_x.derivative(2), 1e-12));
      BOOST_TEST(close(eval(d(d(g, y), y), x = u, y = v), through_y.derivative(2), 1e-12));
    }
  });
}
