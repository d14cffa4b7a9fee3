// Gradients of + - * / and pow(a, b) on tensors against central differences at seeded random
// points: equal shapes, a scalar with a tensor, and a row (vector) with each row of a matrix,
// over 2x3, 1xN and Nx1 matrices. Both operands are variables, so the adjoint of the broadcast
// one, summed over the dimensions it was repeated along, is checked too. Tensor results are
// reduced with fixed random weights, so every element of an adjoint counts.
#define BOOST_TEST_MODULE broadcasting gradients
#include <boost/test/unit_test.hpp>

#include <ctgrad/ctgrad.hpp>

#include "../support/tensor_check.hpp"

using namespace ctgrad;
using ctgrad_test::expect_weighted_gradient;
using ctgrad_test::random_away_from_zero;
using ctgrad_test::random_for;

namespace {

// Denominators and bases of pow are kept away from 0, where the functions are not smooth.
template <class A, class B>
void check_arithmetic(A a, B b) {
  const auto any_a = random_for(a, -2, 2);
  const auto any_b = random_for(b, -2, 2);
  const auto positive_a = random_for(a, 0.3, 2);
  const auto away_b = random_away_from_zero(b, 0.3, 2);
  expect_weighted_gradient("a + b", a + b, a = any_a, b = any_b);
  expect_weighted_gradient("a - b", a - b, a = any_a, b = any_b);
  expect_weighted_gradient("a * b", a * b, a = any_a, b = any_b);
  expect_weighted_gradient("a / b", a / b, a = any_a, b = away_b);
  expect_weighted_gradient("pow(a, b)", pow(a, b), a = positive_a, b = any_b);
}

}  // namespace

BOOST_AUTO_TEST_CASE(arithmetic_with_equal_shapes) {
  BOOST_TEST_CONTEXT("2x3 with 2x3") { check_arithmetic(var<"a", 2, 3>, var<"b", 2, 3>); }
  BOOST_TEST_CONTEXT("1x4 with 1x4") { check_arithmetic(var<"a", 1, 4>, var<"b", 1, 4>); }
  BOOST_TEST_CONTEXT("4x1 with 4x1") { check_arithmetic(var<"a", 4, 1>, var<"b", 4, 1>); }
  BOOST_TEST_CONTEXT("3 with 3") { check_arithmetic(var<"a", 3>, var<"b", 3>); }
}

BOOST_AUTO_TEST_CASE(arithmetic_broadcasting_a_scalar) {
  BOOST_TEST_CONTEXT("scalar with 2x3") { check_arithmetic(var<"a">, var<"b", 2, 3>); }
  BOOST_TEST_CONTEXT("2x3 with scalar") { check_arithmetic(var<"a", 2, 3>, var<"b">); }
  BOOST_TEST_CONTEXT("scalar with 4x1") { check_arithmetic(var<"a">, var<"b", 4, 1>); }
  BOOST_TEST_CONTEXT("3 with scalar") { check_arithmetic(var<"a", 3>, var<"b">); }
}

BOOST_AUTO_TEST_CASE(arithmetic_broadcasting_a_row) {
  BOOST_TEST_CONTEXT("row of 3 with 2x3") { check_arithmetic(var<"a", 3>, var<"b", 2, 3>); }
  BOOST_TEST_CONTEXT("2x3 with row of 3") { check_arithmetic(var<"a", 2, 3>, var<"b", 3>); }
  BOOST_TEST_CONTEXT("row of 4 with 1x4") { check_arithmetic(var<"a", 4>, var<"b", 1, 4>); }
  BOOST_TEST_CONTEXT("4x1 with row of 1") { check_arithmetic(var<"a", 4, 1>, var<"b", 1>); }
}
