// The printed text form read back by the test reader: the reader follows the documented
// grammar, and a constant in every position reads back to the value eval gives. The 600 random
// expressions of tests/verification do the same at scale.
#define BOOST_TEST_MODULE read back
#include <boost/test/unit_test.hpp>

#include <ctgrad/ctgrad.hpp>

#include <cmath>
#include <initializer_list>
#include <string_view>
#include <type_traits>

#include "../support/read_back.hpp"

using namespace ctgrad;
using ctgrad_test::named_value;
using ctgrad_test::read_back;
using ctgrad_test::unreadable_text;

namespace {

constexpr auto x = var<"x">;
constexpr auto y = var<"y">;
// Nodes the operators would fold, written as types: -(-2), (-2/3)^3.
using X = std::remove_const_t<decltype(x)>;
using N = constant<-2>;
using Q = constant<-2, 3>;
using P = constant<2, 3>;

double read(std::string_view text, double xv = 3, double yv = 0.5) {
  const named_value values[] = {{"x", xv}, {"y", yv}};
  return read_back(text, values);
}

/// to_string(e) reads back to eval(e) at a few points, where e is defined.
template <class E>
void expect_round_trip(E e) {
  for (const double xv : {0.75, 1.5, 2.0}) {
    const double yv = xv - 1.25;
    const double value = eval(e, x = xv, y = yv);
    const double back = read(to_string(e).view(), xv, yv);
    BOOST_TEST_CONTEXT(to_string(e).view() << " at x = " << xv << ", y = " << yv) {
      BOOST_TEST(std::abs(value - back) <= 1e-15 * std::fmax(1.0, std::abs(value)),
                 "read back " << back << ", eval " << value);
    }
  }
}

}  // namespace

BOOST_AUTO_TEST_CASE(reader_follows_the_grammar) {
  BOOST_TEST(read("y/-2/3") == (0.5 / -2) / 3);  // the misreading issue 15 was about
  BOOST_TEST(read("y/(-2/3)") == 0.5 / (-2.0 / 3));
  BOOST_TEST(read("-2/3*x") == -2.0 / 3 * 3);  // unary minus binds tighter than * and /
  BOOST_TEST(read("-x^2") == -9.0);            // and less tightly than ^
  BOOST_TEST(read("(-x)^2") == 9.0);
  BOOST_TEST(read("x - y - x") == -0.5);  // left to right
  BOOST_TEST(read("x - -2") == 5.0);
  BOOST_TEST(read("x*-2") == -6.0);
  BOOST_TEST(read("x^(1/2)") == std::pow(3.0, 0.5));
  BOOST_TEST(read("sigmoid(-(x - y))") == 1 / (1 + std::exp(2.5)));
}

BOOST_AUTO_TEST_CASE(reader_rejects_what_the_grammar_does_not_have) {
  for (const std::string_view text : {"x^y^x", "x -2", "x +y", "x*(y", "z", "foo(x)", "2x", "x,y",
                                      "--x", "x^-2", ""})
    BOOST_CHECK_THROW(read(text), unreadable_text);
}

BOOST_AUTO_TEST_CASE(constants_read_back_in_every_position) {
  const N n;
  const Q q;
  const P p;
  expect_round_trip(y / q);
  expect_round_trip(d(x * (y / q), x));
  expect_round_trip(x + q + n - (q - x) - (x - p) - n);
  expect_round_trip(q * x * n * p / q / n / p + n / x + q / (x * y) + p / x);
  expect_round_trip(pow(p, x) + pow(x, q) + pow(x, n) + pow(x, p) + node_of<op::pow, X, Q>{});
  expect_round_trip(node_of<op::power<detail::rational{3, 1}>, Q>{} - node_of<op::power<detail::rational{2, 1}>, N>{});
  expect_round_trip(node_of<op::negate, N>{} * node_of<op::negate, Q>{} + node_of<op::negate, P>{});
  expect_round_trip(sin(q) + exp(n) * sigmoid(q * x) - relu(q) + abs(n) + tanh(x / q));
  expect_round_trip(d(d(x / q * sin(x * c<-1, 3>), x), x));
}
