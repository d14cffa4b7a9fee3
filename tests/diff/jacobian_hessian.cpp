// jacobian(f, x) of vector functions and hessian(f, v) of scalar functions of a vector, against
// central differences at seeded random points, and against what d says: the sum of the
// Jacobian's rows is d(sum(f), x), and a Hessian is symmetric.
#define BOOST_TEST_MODULE jacobian and hessian
#include <boost/test/unit_test.hpp>

#include <ctgrad/ctgrad.hpp>

#include <cmath>
#include <cstddef>
#include <limits>
#include <type_traits>
#include <utility>

#include "../support/close.hpp"
#include "../support/tensor_check.hpp"

using namespace ctgrad;
using ctgrad_test::close;
using ctgrad_test::random_for;

namespace {

constexpr auto A = param<"A", 3, 4>;
constexpr auto x = var<"x", 4>;

// A vector function of a vector, every output depending on every input non-linearly.
constexpr auto f = tanh(matmul(A, x)) + sum(square(x)) * sin(matmul(A, x));

// The step check_gradient takes: cbrt(epsilon), scaled by the element's size.
double step_for(double value) {
  return std::cbrt(std::numeric_limits<double>::epsilon()) * std::fmax(1.0, std::fabs(value));
}

/// Each element (i, k...) of the Jacobian J of the vector F in the tensor variable X against
/// the central difference of element<i>(F) in element k of X.
template <class F, class X, class J, class... B>
void expect_jacobian(F, X, const J& jac, const B&... bindings) {
  constexpr std::size_t rows = shape_of<F>::dims[0], columns = shape_of<X>::size;
  static_assert(J::size == rows * columns);
  double x_values[columns] = {};
  ([&] {
    if constexpr (B::name == X::name)
      for (std::size_t k = 0; k < columns; ++k) x_values[k] = bindings.value.elements[k];
  }(), ...);
  [&]<std::size_t... I>(std::index_sequence<I...>) {
    ([&] {
      for (std::size_t k = 0; k < columns; ++k) {
        const double numeric = central_difference(element<I>(F{}), X{}, k, step_for(x_values[k]), bindings...);
        BOOST_TEST_CONTEXT("J(" << I << ", " << k << ")") {
          BOOST_TEST(close(jac[I * columns + k], numeric, ctgrad_test::gradient_tolerance));
        }
      }
    }(), ...);
  }(std::make_index_sequence<rows>{});
}

}  // namespace

BOOST_AUTO_TEST_CASE(jacobian_in_a_vector) {
  const auto a0 = random_for(A, -1, 1);
  const auto x0 = random_for(x, -1, 1);
  const auto J = eval(jacobian(f, x), A = a0, x = x0);
  static_assert(std::is_same_v<decltype(J), const tensor<double, 3, 4>>);  // (m, n)
  expect_jacobian(f, x, J, A = a0, x = x0);
}

BOOST_AUTO_TEST_CASE(jacobian_in_a_matrix) {
  // In a 2x3 matrix the Jacobian of a vector of 2 is 2x2x3: row i is d f_i / dW, W's shape.
  constexpr auto W = var<"W", 2, 3>;
  constexpr auto v = param<"v", 3>;
  constexpr auto g = sigmoid(matmul(W, v)) * sum(W * W);
  const auto w0 = random_for(W, -1, 1);
  const auto v0 = random_for(v, -1, 1);
  const auto J = eval(jacobian(g, W), W = w0, v = v0);
  static_assert(std::is_same_v<decltype(J), const tensor<double, 2, 2, 3>>);
  expect_jacobian(g, W, J, W = w0, v = v0);
}

BOOST_AUTO_TEST_CASE(jacobian_of_a_linear_map_is_its_matrix) {
  // f = M·u: J = M exactly, for a 1xN and an Nx1 M too.
  constexpr auto R = param<"R", 1, 4>;
  constexpr auto C = param<"C", 4, 1>;
  constexpr auto u = var<"u", 1>;
  const auto a0 = random_for(A, -1, 1);
  const auto r0 = random_for(R, -1, 1);
  const auto c0 = random_for(C, -1, 1);
  const auto x0 = random_for(x, -1, 1);
  BOOST_TEST((eval(jacobian(matmul(A, x), x), A = a0, x = x0) == a0));
  BOOST_TEST((eval(jacobian(matmul(R, x), x), R = r0, x = x0) == r0));
  BOOST_TEST((eval(jacobian(matmul(C, u), u), C = c0, u = tensor<double, 1>{0.3}) == c0));
  // Element-wise f: a diagonal Jacobian.
  const auto D = eval(jacobian(exp(x), x), x = x0);
  for (std::size_t i = 0; i < 4; ++i)
    for (std::size_t k = 0; k < 4; ++k) BOOST_TEST(D(i, k) == (i == k ? std::exp(x0[i]) : 0.0));
}

BOOST_AUTO_TEST_CASE(jacobian_of_element_wise_residuals) {
  // Curve-fit residuals r_i = y_i - (p0 exp(-p1 t_i) + p2 sin(p3 t_i)): five residuals in four
  // parameters, so the Jacobian is built a column at a time, each column a vector of five.
  constexpr auto p = var<"p", 4>;
  constexpr auto t = param<"t", 5>;
  constexpr auto y = param<"y", 5>;
  constexpr auto r =
      y - (element<0>(p) * exp(-element<1>(p) * t) + element<2>(p) * sin(element<3>(p) * t));
  const auto p0 = random_for(p, -1, 1);
  const auto t0 = random_for(t, 0, 2);
  const auto y0 = random_for(y, -1, 1);
  const auto J = eval(jacobian(r, p), p = p0, t = t0, y = y0);
  expect_jacobian(r, p, J, p = p0, t = t0, y = y0);
  const auto [value, fused] = compile(r, jacobian(r, p))(p = p0, t = t0, y = y0);
  BOOST_TEST((fused == J));
  BOOST_TEST((value == eval(r, p = p0, t = t0, y = y0)));
}

BOOST_AUTO_TEST_CASE(jacobian_by_columns_agrees_with_jacobian_by_rows) {
  // More outputs than inputs, through a product and a non-element-wise loss: jacobian builds
  // these a column at a time; the rows, one reverse sweep per output, must give the same.
  constexpr auto B = param<"B", 5, 2>;
  constexpr auto w = var<"w", 2>;
  constexpr auto z = var<"z">;
  constexpr auto g = softmax(tanh(matmul(B, w))) * sum(square(w));
  constexpr auto h = exp(z * element<0>(B)) / (1_c + square(z));
  static_assert(to_string(jacobian(g, w)).view().starts_with("transpose(stack("));
  const auto b0 = random_for(B, -1, 1);
  const auto w0 = random_for(w, -1, 1);
  const auto Jg = eval(jacobian(g, w), B = b0, w = w0);
  static_assert(std::is_same_v<decltype(Jg), const tensor<double, 5, 2>>);
  expect_jacobian(g, w, Jg, B = b0, w = w0);
  const auto rows_g = eval(detail::jacobian_by_rows(g, w), B = b0, w = w0);
  for (std::size_t i = 0; i < Jg.size; ++i) BOOST_TEST(close(Jg.elements[i], rows_g.elements[i], 1e-14));
  // A scalar variable: the Jacobian is a vector, the column d(f_i, z).
  const auto Jh = eval(jacobian(h, z), B = b0, z = 0.7);
  static_assert(std::is_same_v<decltype(Jh), const tensor<double, 2>>);
  const auto rows_h = eval(detail::jacobian_by_rows(h, z), B = b0, z = 0.7);
  for (std::size_t i = 0; i < Jh.size; ++i) BOOST_TEST(close(Jh[i], rows_h[i], 1e-14));
}

BOOST_AUTO_TEST_CASE(gradient_of_the_sum_is_the_sum_of_the_jacobian_rows) {
  // d(sum(f), x)_k = sum_i df_i/dx_k: by evaluation, and as expressions.
  const auto a0 = random_for(A, -1, 1);
  for (int point = 0; point < 5; ++point) {
    const auto x0 = random_for(x, -1, 1);
    const auto J = eval(jacobian(f, x), A = a0, x = x0);
    const auto g = eval(d(sum(f), x), A = a0, x = x0);
    const auto rows_summed = eval(sum<0>(jacobian(f, x)), A = a0, x = x0);
    for (std::size_t k = 0; k < 4; ++k) {
      const double total = J(0, k) + J(1, k) + J(2, k);
      BOOST_TEST(close(g[k], total, 1e-14));
      BOOST_TEST(close(g[k], rows_summed[k], 1e-14));
    }
  }
}

namespace {

// A scalar function of a vector with every second derivative non-zero.
constexpr auto s = sum(exp(matmul(A, x))) + square(dot(x, x)) + log(1_c + sum(square(sin(x))));

}  // namespace

BOOST_AUTO_TEST_CASE(hessian_in_a_vector) {
  const auto a0 = random_for(A, -1, 1);
  const auto x0 = random_for(x, -1, 1);
  const auto H = eval(hessian(s, x), A = a0, x = x0);
  static_assert(std::is_same_v<decltype(H), const tensor<double, 4, 4>>);
  // Row i of the Hessian is the gradient of the i-th element of the gradient.
  expect_jacobian(d(s, x), x, H, A = a0, x = x0);
  // Symmetric up to rounding: H(i, k) and H(k, i) are different expressions.
  for (std::size_t i = 0; i < 4; ++i)
    for (std::size_t k = 0; k < i; ++k) {
      BOOST_TEST_CONTEXT("H(" << i << ", " << k << ")") { BOOST_TEST(close(H(i, k), H(k, i), 1e-14)); }
    }
}

BOOST_AUTO_TEST_CASE(hessian_of_a_quadratic_form) {
  // x·M·x has the Hessian M + Mᵀ at every x, exactly.
  constexpr auto M = param<"M", 4, 4>;
  const auto m0 = random_for(M, -1, 1);
  const auto H = eval(hessian(dot(x, matmul(M, x)), x), M = m0, x = random_for(x, -1, 1));
  for (std::size_t i = 0; i < 4; ++i)
    for (std::size_t k = 0; k < 4; ++k) BOOST_TEST(close(H(i, k), m0(i, k) + m0(k, i), 1e-15));
  // A vector of one element: exp(u·u) has the 1x1 Hessian (2 + 4u^2) exp(u^2).
  constexpr auto u = var<"u", 1>;
  const double u0 = 0.7;
  const auto h = eval(hessian(exp(dot(u, u)), u), u = tensor<double, 1>{u0});
  static_assert(std::is_same_v<decltype(h), const tensor<double, 1, 1>>);
  BOOST_TEST(close(h(0, 0), (2 + 4 * u0 * u0) * std::exp(u0 * u0), 1e-14));
}
