// Gradients of sums, means, expand and element against central differences at seeded random
// points, over a matrix, a 1xN row, an Nx1 column and a vector. Tensor results are reduced
// with fixed random weights, so every element of an adjoint counts.
#define BOOST_TEST_MODULE reduction gradients
#include <boost/test/unit_test.hpp>

#include <ctgrad/ctgrad.hpp>

#include "../support/tensor_check.hpp"

using namespace ctgrad;
using ctgrad_test::expect_weighted_gradient;
using ctgrad_test::for_each_shape;
using ctgrad_test::random_for;

BOOST_AUTO_TEST_CASE(sums_and_means) {
  for_each_shape([](auto X) {
    const auto x = random_for(X, -2, 2);
    expect_weighted_gradient("sum(X)", sum(X), X = x);
    expect_weighted_gradient("mean(X)", mean(X), X = x);
    expect_weighted_gradient("sum<0>(X)", sum<0>(X), X = x);
    expect_weighted_gradient("mean<0>(X)", mean<0>(X), X = x);
    // Non-linear inside, so the adjoint reaching X is not a constant.
    expect_weighted_gradient("sum<0>(X * sin(X))", sum<0>(X * sin(X)), X = x);
    expect_weighted_gradient("square(mean(exp(X)))", square(mean(exp(X))), X = x);
    if constexpr (shape_of<decltype(X)>::rank == 2) {
      expect_weighted_gradient("sum<1>(X)", sum<1>(X), X = x);
      expect_weighted_gradient("mean<1>(X)", mean<1>(X), X = x);
      expect_weighted_gradient("tanh(sum<1>(X * X))", tanh(sum<1>(X * X)), X = x);
      expect_weighted_gradient("sum<0>(X) * sum<1>(X)", sum(sum<0>(X)) * sum<1>(X), X = x);
    }
  });
}

BOOST_AUTO_TEST_CASE(expand_along_each_dimension) {
  constexpr auto s = var<"s">;
  constexpr auto v = var<"v", 3>;
  constexpr auto A = var<"A", 2, 3>;
  constexpr auto R = var<"R", 1, 4>;
  constexpr auto C = var<"C", 4, 1>;
  const auto s0 = random_for(s, -2, 2);
  const auto v0 = random_for(v, -2, 2);
  const auto A0 = random_for(A, -2, 2);
  expect_weighted_gradient("expand<0, 3>(s)", expand<0, 3>(s), s = s0);
  expect_weighted_gradient("expand<0, 2>(v)", expand<0, 2>(v), v = v0);
  expect_weighted_gradient("expand<1, 2>(v)", expand<1, 2>(v), v = v0);
  expect_weighted_gradient("expand<0, 2>(A)", expand<0, 2>(A), A = A0);
  expect_weighted_gradient("expand<1, 2>(A)", expand<1, 2>(A), A = A0);
  expect_weighted_gradient("expand<2, 2>(A)", expand<2, 2>(A), A = A0);
  expect_weighted_gradient("expand<1, 3>(R)", expand<1, 3>(R), R = random_for(R, -2, 2));
  expect_weighted_gradient("expand<2, 3>(C)", expand<2, 3>(C), C = random_for(C, -2, 2));
  // A column repeated across a row's width, then combined element-wise: the explicit way to
  // broadcast a 4x1 against a 4x3.
  constexpr auto X = var<"X", 4, 3>;
  expect_weighted_gradient("X * expand<1, 3>(sum<1>(C))", X * expand<1, 3>(sum<1>(C)),
                           X = random_for(X, -2, 2), C = random_for(C, -2, 2));
}

BOOST_AUTO_TEST_CASE(element_of_a_vector_or_matrix) {
  constexpr auto v = var<"v", 3>;
  constexpr auto A = var<"A", 2, 3>;
  constexpr auto R = var<"R", 1, 4>;
  constexpr auto C = var<"C", 4, 1>;
  const auto v0 = random_for(v, -2, 2);
  expect_weighted_gradient("element<0>(v)", element<0>(v), v = v0);
  expect_weighted_gradient("element<2>(v)", element<2>(v), v = v0);
  expect_weighted_gradient("exp(element<1>(v)) * v", exp(element<1>(v)) * v, v = v0);
  expect_weighted_gradient("element<1>(A)", element<1>(A), A = random_for(A, -2, 2));
  expect_weighted_gradient("element<0>(R)", element<0>(R), R = random_for(R, -2, 2));
  expect_weighted_gradient("element<3>(C)", element<3>(C), C = random_for(C, -2, 2));
}
