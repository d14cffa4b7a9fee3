// Fused programs: equal to plain evaluation, and each distinct sub-term computed once.
#define BOOST_TEST_MODULE fusion
#include <boost/test/unit_test.hpp>

#include <ctgrad/ctgrad.hpp>

#include <type_traits>

#include "../support/close.hpp"

using namespace ctgrad;
using ctgrad_test::close;
using ctgrad_test::for_points;

namespace {

constexpr auto x = var<"x">;
constexpr auto y = var<"y">;
constexpr auto z = var<"z">;

template <int Levels, class E>
constexpr auto nest(E e) {
  if constexpr (Levels == 0) return e;
  else return nest<Levels - 1>(sin(e) * e);
}

}  // namespace

BOOST_AUTO_TEST_CASE(value_and_grad_equals_eval) {
  const auto f = square(exp(square(x)));  // already simplified, so the value is f's
  const auto run = value_and_grad(f, x);
  for_points(-2, 2, 100, [&](double u) {
    const auto [value, slope] = run(x = u);
    BOOST_TEST(value == eval(f, x = u));
    BOOST_TEST(close(slope, eval(d(f, x), x = u), 1e-15));
  });
}

BOOST_AUTO_TEST_CASE(several_gradients_in_one_pass) {
  const auto f = x * sin(y) * exp(z) + log(square(x) + square(y) + 1_c) - sqrt(z) / y;
  const auto run = value_and_grad(f, x, y, z);
  for_points(0.5, 3, 40, [&](double u) {
    const auto [value, dx, dy, dz] = run(x = u, y = 3.5 - u, z = u / 2);
    BOOST_TEST(value == eval(f, x = u, y = 3.5 - u, z = u / 2));
    BOOST_TEST(close(dx, eval(d(f, x), x = u, y = 3.5 - u, z = u / 2), 1e-15));
    BOOST_TEST(close(dy, eval(d(f, y), x = u, y = 3.5 - u, z = u / 2), 1e-15));
    BOOST_TEST(close(dz, eval(d(f, z), x = u, y = 3.5 - u, z = u / 2), 1e-15));
  });
}

BOOST_AUTO_TEST_CASE(each_distinct_sub_term_is_computed_once) {
  // y = exp(x^2)^2 and dy/dx = 4*exp(x^2)^2*x: the steps are x^2, exp(x^2), exp(x^2)^2,
  // exp(x^2)^2*x, 4*(...): five, with exp(x^2) and its square shared by value and slope.
  const auto f = square(exp(square(x)));
  static_assert(decltype(value_and_grad(f, x))::size == 5);
  // A repeated sub-term is one step however often the tree mentions it.
  static_assert(decltype(compile(sin(x) * sin(x) + sin(x)))::size == 3);
  static_assert(decltype(compile(sin(x), cos(x), sin(x) + cos(x)))::size == 3);
  // Leaves take no step.
  static_assert(decltype(compile(x, 2_c))::size == 0);
  BOOST_TEST(compile(x, 2_c)(x = 3.0)[0] == 3.0);
  BOOST_TEST(compile(x, 2_c)(x = 3.0)[1] == 2.0);
}

BOOST_AUTO_TEST_CASE(shared_sub_terms_do_not_multiply_the_schedule) {
  // Each level uses the previous one twice: the tree has 2^12 leaves, the schedule 24 steps.
  // (With operands as types, clang 14's argument-dependent lookup walked such types as trees:
  // this took 81 s to compile, and more than 120 s under AddressSanitizer. It is the test that
  // the walk stays gone; see docs/design.md.)
  constexpr auto chain = nest<12>(x);
  static_assert(decltype(compile(chain))::size == 24);
  // At 1.5 the nest stays near its fixed point pi/2 (value 1.40, slope 5.02); from 0.3 it
  // would underflow to 0 at this depth and the comparisons would hold trivially.
  const auto [value, slope] = value_and_grad(chain, x)(x = 1.5);
  BOOST_TEST(value == eval(chain, x = 1.5));
  BOOST_TEST(value > 1.4);
  BOOST_TEST(close(slope, central_difference(chain, x, 1e-6, x = 1.5), 1e-7));
}
