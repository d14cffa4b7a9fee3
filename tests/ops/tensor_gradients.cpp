// Element-wise tensor gradients against central differences at seeded random points, over
// several shapes (a matrix, a 1xN row, an Nx1 column, a vector): every function, and
// variables used more than once. Tensor results are reduced with fixed random weights, so
// every element of an adjoint counts. The other tensor operations are in
// broadcasting_gradients.cpp (arithmetic, broadcast), reduction_gradients.cpp,
// linear_algebra_gradients.cpp, loss_gradients.cpp and ../diff/jacobian_hessian.cpp: in one
// file they would compile for over a minute.
#define BOOST_TEST_MODULE tensor gradients
#include <boost/test/unit_test.hpp>

#include <ctgrad/ctgrad.hpp>

#include "../support/tensor_check.hpp"

using namespace ctgrad;
using ctgrad_test::expect_weighted_gradient;
using ctgrad_test::for_each_shape;
using ctgrad_test::random_away_from_zero;
using ctgrad_test::random_for;

BOOST_AUTO_TEST_CASE(elementwise_functions) {
  for_each_shape([](auto X) {
    const auto any = random_for(X, -2, 2);
    const auto positive = random_for(X, 0.2, 3);
    const auto away = random_away_from_zero(X, 0.1, 2);  // relu, abs, 1/x: smooth only off 0
    expect_weighted_gradient("-X", -X, X = any);
    expect_weighted_gradient("square(X)", square(X), X = any);
    expect_weighted_gradient("pow(X, 3)", pow(X, 3_c), X = any);
    expect_weighted_gradient("pow(X, -2)", pow(X, -2_c), X = away);
    expect_weighted_gradient("pow(X, 1/3)", pow(X, c<1, 3>), X = positive);
    expect_weighted_gradient("exp(X)", exp(X), X = any);
    expect_weighted_gradient("log(X)", log(X), X = positive);
    expect_weighted_gradient("sqrt(X)", sqrt(X), X = positive);
    expect_weighted_gradient("sin(X)", sin(X), X = any);
    expect_weighted_gradient("cos(X)", cos(X), X = any);
    expect_weighted_gradient("tanh(X)", tanh(X), X = any);
    expect_weighted_gradient("sigmoid(X)", sigmoid(X), X = any);
    expect_weighted_gradient("relu(X)", relu(X), X = away);
    expect_weighted_gradient("abs(X)", abs(X), X = away);
    expect_weighted_gradient("sin(exp(X) * X) / (1 + X^2)", sin(exp(X) * X) / (1_c + square(X)),
                             X = any);
  });
}

BOOST_AUTO_TEST_CASE(a_variable_used_several_times_accumulates) {
  // The textbook graph: f = (a + b) + (b + c), b reaching f along two paths.
  constexpr auto a = var<"a", 5>;
  constexpr auto b = var<"b", 5>;
  constexpr auto c = var<"c", 5>;
  const tensor<double, 5> a0{1, 2, 3, 4, 5}, b0{2, 2, 2, 2, 2}, c0{5, 4, 3, 2, 1};
  const auto f = (a + b) + (b + c);
  // Upstream gradient of ones: each path gives 1, so 2 everywhere.
  BOOST_TEST((eval(d(sum(f), b), a = a0, b = b0, c = c0) == tensor<double, 5>{2, 2, 2, 2, 2}));
  BOOST_TEST((eval(d(sum(f), a), a = a0, b = b0, c = c0) == tensor<double, 5>{1, 1, 1, 1, 1}));
  const auto g = (a + (-b)) + ((-b) + c);
  BOOST_TEST((eval(d(sum(g), b), a = a0, b = b0, c = c0) == tensor<double, 5>{-2, -2, -2, -2, -2}));
  expect_weighted_gradient("(a + b) + (b + c)", f, a = a0, b = b0, c = c0);
  expect_weighted_gradient("(a + -b) + (-b + c)", g, a = a0, b = b0, c = c0);

  // A matrix reaching the result through an element-wise product with itself, a reduction and
  // a broadcast: three adjoints of different shapes summed into one.
  constexpr auto X = var<"X", 2, 3>;
  expect_weighted_gradient("X * exp(X) + sum<0>(X) * X + sum(X)", X * exp(X) + sum<0>(X) * X + sum(X),
                           X = random_for(X, -1, 1));
  // A scalar used with a tensor: its adjoint is the sum over every element it met.
  constexpr auto s = var<"s">;
  expect_weighted_gradient("s * X + sin(s * X)", s * X + sin(s * X), s = 0.7, X = random_for(X, -1, 1));
}
