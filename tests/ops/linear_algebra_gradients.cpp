// Gradients of matrix products and transposes against central differences at seeded random
// points: matmul in every form (matrix-matrix, matrix-vector, vector-matrix, vector-vector),
// dot, outer, transpose, and products with transposed operands, whose adjoints read their
// operands transposed in turn. 1xN and Nx1 operands are included in each form. Tensor results
// are reduced with fixed random weights, so every element of an adjoint counts.
#define BOOST_TEST_MODULE linear algebra gradients
#include <boost/test/unit_test.hpp>

#include <ctgrad/ctgrad.hpp>

#include <type_traits>

#include "../support/tensor_check.hpp"

using namespace ctgrad;
using ctgrad_test::expect_weighted_gradient;
using ctgrad_test::random_for;

namespace {

// Both operands are variables: the adjoints of the left (G·Bᵀ) and the right (Aᵀ·G) operand
// are different products, each checked.
template <class A, class B, class Product>
void check_product(const char* what, A a, B b, Product product) {
  expect_weighted_gradient(what, product(a, b), a = random_for(a, -2, 2), b = random_for(b, -2, 2));
}

constexpr auto matmul_of = [](auto a, auto b) { return matmul(a, b); };

}  // namespace

BOOST_AUTO_TEST_CASE(matrix_times_matrix) {
  check_product("(2x3)(3x4)", var<"A", 2, 3>, var<"B", 3, 4>, matmul_of);
  check_product("(1x3)(3x1)", var<"A", 1, 3>, var<"B", 3, 1>, matmul_of);
  check_product("(3x1)(1x4)", var<"A", 3, 1>, var<"B", 1, 4>, matmul_of);
  check_product("(1x4)(4x2)", var<"A", 1, 4>, var<"B", 4, 2>, matmul_of);
  check_product("(4x2)(2x1)", var<"A", 4, 2>, var<"B", 2, 1>, matmul_of);
}

BOOST_AUTO_TEST_CASE(matrix_times_vector) {
  check_product("(2x3)(3)", var<"A", 2, 3>, var<"v", 3>, matmul_of);
  check_product("(1x3)(3)", var<"A", 1, 3>, var<"v", 3>, matmul_of);
  check_product("(4x1)(1)", var<"A", 4, 1>, var<"v", 1>, matmul_of);
}

BOOST_AUTO_TEST_CASE(vector_times_matrix) {
  check_product("(3)(3x2)", var<"v", 3>, var<"A", 3, 2>, matmul_of);
  check_product("(1)(1x4)", var<"v", 1>, var<"A", 1, 4>, matmul_of);
  check_product("(4)(4x1)", var<"v", 4>, var<"A", 4, 1>, matmul_of);
}

BOOST_AUTO_TEST_CASE(dot_and_vector_times_vector) {
  constexpr auto dot_of = [](auto a, auto b) { return dot(a, b); };
  check_product("dot (3)(3)", var<"u", 3>, var<"v", 3>, dot_of);
  check_product("dot (1)(1)", var<"u", 1>, var<"v", 1>, dot_of);
  check_product("matmul (3)(3)", var<"u", 3>, var<"v", 3>, matmul_of);
  // matmul of two vectors is their dot product, a scalar.
  constexpr auto u = var<"u", 3>;
  constexpr auto v = var<"v", 3>;
  static_assert(shape_of<decltype(matmul(u, v))>::rank == 0);
  const auto u0 = random_for(u, -2, 2), v0 = random_for(v, -2, 2);
  BOOST_TEST(eval(matmul(u, v), u = u0, v = v0) == eval(dot(u, v), u = u0, v = v0),
             boost::test_tools::tolerance(1e-15));
  BOOST_TEST(eval(dot(u, v), u = u0, v = v0) == u0[0] * v0[0] + u0[1] * v0[1] + u0[2] * v0[2],
             boost::test_tools::tolerance(1e-15));
}

BOOST_AUTO_TEST_CASE(outer_product) {
  constexpr auto outer_of = [](auto a, auto b) { return outer(a, b); };
  check_product("outer (3)(4)", var<"u", 3>, var<"v", 4>, outer_of);
  check_product("outer (1)(4)", var<"u", 1>, var<"v", 4>, outer_of);
  check_product("outer (4)(1)", var<"u", 4>, var<"v", 1>, outer_of);
}

BOOST_AUTO_TEST_CASE(transpose_of_a_matrix) {
  constexpr auto transpose_of = [](auto a) { return transpose(a); };
  constexpr auto A = var<"A", 2, 3>;
  constexpr auto R = var<"R", 1, 4>;
  constexpr auto C = var<"C", 4, 1>;
  const auto a0 = random_for(A, -2, 2);
  expect_weighted_gradient("transpose(2x3)", transpose_of(A), A = a0);
  expect_weighted_gradient("transpose(1x4)", transpose_of(R), R = random_for(R, -2, 2));
  expect_weighted_gradient("transpose(4x1)", transpose_of(C), C = random_for(C, -2, 2));
  // Element-wise with a transposed operand: the adjoint is transposed back.
  constexpr auto B = var<"B", 3, 2>;
  check_product("transpose(A) * B", A, B, [](auto a, auto b) { return transpose(a) * exp(b); });
  // The transpose of a transpose is the matrix itself, in type and value.
  static_assert(std::is_same_v<decltype(simplify(transpose(transpose(A)))), std::remove_const_t<decltype(A)>>);
  BOOST_TEST((eval(transpose(transpose(A)), A = a0) == a0));
  const auto t = eval(transpose(A), A = a0);
  BOOST_TEST(t(2, 1) == a0(1, 2));
  BOOST_TEST(t(0, 1) == a0(1, 0));
}

BOOST_AUTO_TEST_CASE(products_with_transposed_operands) {
  check_product("matmul(transpose(A), B)", var<"A", 3, 2>, var<"B", 3, 4>,
                [](auto a, auto b) { return matmul(transpose(a), b); });
  check_product("matmul(A, transpose(B))", var<"A", 2, 3>, var<"B", 4, 3>,
                [](auto a, auto b) { return matmul(a, transpose(b)); });
  check_product("matmul(transpose(A), transpose(B))", var<"A", 3, 2>, var<"B", 4, 3>,
                [](auto a, auto b) { return matmul(transpose(a), transpose(b)); });
  check_product("matmul(transpose(A), v)", var<"A", 3, 2>, var<"v", 3>,
                [](auto a, auto v) { return matmul(transpose(a), v); });
  check_product("matmul(v, transpose(A))", var<"v", 3>, var<"A", 2, 3>,
                [](auto v, auto a) { return matmul(v, transpose(a)); });
  // 1xN and Nx1 operands: the transposed product of a row with a row is an outer product, of
  // a column with a column a 1x1 matrix.
  check_product("matmul(transpose(1x3), 1x4)", var<"A", 1, 3>, var<"B", 1, 4>,
                [](auto a, auto b) { return matmul(transpose(a), b); });
  check_product("matmul(4x1, transpose(3x1))", var<"A", 4, 1>, var<"B", 3, 1>,
                [](auto a, auto b) { return matmul(a, transpose(b)); });
  check_product("matmul(transpose(4x1), 4x1)", var<"A", 4, 1>, var<"B", 4, 1>,
                [](auto a, auto b) { return matmul(transpose(a), b); });
}

BOOST_AUTO_TEST_CASE(one_matrix_on_both_sides_of_a_product) {
  // A reaches the product through both operands: its adjoint is G·Aᵀ-like plus Aᵀ·G-like.
  constexpr auto A = var<"A", 3, 2>;
  constexpr auto S = var<"S", 3, 3>;
  const auto a0 = random_for(A, -2, 2);
  expect_weighted_gradient("matmul(transpose(A), A)", matmul(transpose(A), A), A = a0);
  expect_weighted_gradient("matmul(A, transpose(A))", matmul(A, transpose(A)), A = a0);
  expect_weighted_gradient("matmul(S, S)", matmul(S, S), S = random_for(S, -2, 2));
  expect_weighted_gradient("matmul(matmul(S, tanh(S)), transpose(S))",
                           matmul(matmul(S, tanh(S)), transpose(S)), S = random_for(S, -1, 1));
}

BOOST_AUTO_TEST_CASE(two_layer_networks) {
  // The textbook two-layer linear net, and a sigmoid MLP with biases broadcast over the batch.
  constexpr auto X = param<"X", 4, 2>;
  constexpr auto T = param<"T", 4, 1>;
  constexpr auto W0 = var<"W0", 2, 3>;
  constexpr auto W1 = var<"W1", 3, 1>;
  constexpr auto b0 = var<"b0", 3>;
  constexpr auto b1 = var<"b1", 1>;
  const auto x = random_for(X, -1, 1);
  const auto t = random_for(T, 0, 1);
  const auto w0 = random_for(W0, -1, 1);
  const auto w1 = random_for(W1, -1, 1);
  expect_weighted_gradient("sum((X·W0·W1 - T)^2)", sum(square(matmul(matmul(X, W0), W1) - T)),
                           X = x, T = t, W0 = w0, W1 = w1);
  const auto hidden = sigmoid(matmul(X, W0) + b0);
  expect_weighted_gradient("mean((sigmoid(X·W0 + b0)·W1 + b1 - T)^2)",
                           mean(square(matmul(hidden, W1) + b1 - T)), X = x, T = t, W0 = w0,
                           W1 = w1, b0 = random_for(b0, -1, 1), b1 = random_for(b1, -1, 1));
}
