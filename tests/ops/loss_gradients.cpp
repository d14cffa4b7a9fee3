// Gradients of softmax, log_softmax, cross_entropy (one-hot and class-index targets) and mse
// against central differences at seeded random points, over a vector, a matrix of rows, a
// single row (1xC) and a column of one class per row (Nx1). Tensor results are reduced with
// fixed random weights, so every element of an adjoint counts.
#define BOOST_TEST_MODULE loss gradients
#include <boost/test/unit_test.hpp>

#include <ctgrad/ctgrad.hpp>

#include <cmath>
#include <cstddef>

#include "../support/close.hpp"
#include "../support/tensor_check.hpp"

using namespace ctgrad;
using ctgrad_test::close;
using ctgrad_test::expect_gradient;
using ctgrad_test::expect_weighted_gradient;
using ctgrad_test::random_for;

namespace {

template <class Check>
void for_each_logits_shape(Check check) {
  BOOST_TEST_CONTEXT("vector of 4") { check(var<"z", 4>); }
  BOOST_TEST_CONTEXT("3x4") { check(var<"z", 3, 4>); }
  BOOST_TEST_CONTEXT("1x4") { check(var<"z", 1, 4>); }
  BOOST_TEST_CONTEXT("4x1") { check(var<"z", 4, 1>); }
}

/// Random class labels 0..C-1, one per row, as whole numbers in double.
template <std::size_t B>
tensor<double, B> random_labels(std::size_t classes) {
  tensor<double, B> labels{};
  for (auto& label : labels)
    label = std::floor(ctgrad_test::uniform(0, static_cast<double>(classes)));
  return labels;
}

/// The one-hot rows of the labels.
template <std::size_t B, std::size_t C>
tensor<double, B, C> one_hot_rows(const tensor<double, B>& labels) {
  tensor<double, B, C> rows{};
  for (std::size_t r = 0; r < B; ++r) rows(r, static_cast<std::size_t>(labels[r])) = 1;
  return rows;
}

/// A variable named Name with the shape of symbol E.
template <fixed_string Name, class E>
constexpr auto like(E) {
  return []<std::size_t... D>(shape<D...>) { return var<Name, D...>; }(shape_of<E>{});
}

}  // namespace

BOOST_AUTO_TEST_CASE(softmax_and_log_softmax) {
  for_each_logits_shape([](auto z) {
    const auto z0 = random_for(z, -3, 3);
    expect_weighted_gradient("softmax(z)", softmax(z), z = z0);
    expect_weighted_gradient("log_softmax(z)", log_softmax(z), z = z0);
    // Under the chain rule, with the logits an element-wise function of the variable.
    expect_weighted_gradient("softmax(tanh(z) * z)", softmax(tanh(z) * z), z = z0);
  });
}

BOOST_AUTO_TEST_CASE(softmax_rows_are_distributions) {
  // The value side of the gradients above: each row of softmax sums to 1, and the largest
  // element is factored out, so logits near 1000 do not overflow. softmax is
  // exp(z - logsumexp(z)), so rounding logsumexp near 1000 to a double costs up to
  // 1000 * epsilon relative (4.8e-14 measured): the tolerance is that bound.
  constexpr auto z = var<"z", 2, 3>;
  const tensor<double, 2, 3> large{1000, 1001, 1002, -1000, -999, -998};
  const auto p = eval(softmax(z), z = large);
  const double e = std::exp(1.0);
  for (std::size_t r = 0; r < 2; ++r) {
    BOOST_TEST(p(r, 0) + p(r, 1) + p(r, 2) == 1.0, boost::test_tools::tolerance(2.5e-13));
    BOOST_TEST(p(r, 2) == e * e / (1 + e + e * e), boost::test_tools::tolerance(2.5e-13));
  }
  // At moderate logits the same identities hold to a few ulp.
  const auto q = eval(softmax(z), z = tensor<double, 2, 3>{0, 1, 2, -2, -1, 0});
  BOOST_TEST(q(0, 0) + q(0, 1) + q(0, 2) == 1.0, boost::test_tools::tolerance(1e-15));
  BOOST_TEST(q(1, 2) == e * e / (1 + e + e * e), boost::test_tools::tolerance(1e-15));
  BOOST_TEST(std::isfinite(eval(sum(d(sum(square(softmax(z))), z)), z = large)));
}

BOOST_AUTO_TEST_CASE(cross_entropy_with_one_hot_targets) {
  constexpr auto z = var<"z", 4, 3>;
  constexpr auto y = param<"y", 4, 3>;
  const auto labels = random_labels<4>(3);
  const auto z0 = random_for(z, -3, 3);
  expect_gradient("cross_entropy(z, one-hot y)", cross_entropy(z, y), z = z0,
                  y = one_hot_rows<4, 3>(labels));
  // Any distribution per row is a target too: its own gradient, softmax(z) - y per row / B.
  tensor<double, 4, 3> soft = random_for(y, 0.1, 1);
  for (std::size_t r = 0; r < 4; ++r) {
    const double total = soft(r, 0) + soft(r, 1) + soft(r, 2);
    for (std::size_t c = 0; c < 3; ++c) soft(r, c) /= total;
  }
  expect_gradient("cross_entropy(z, soft y)", cross_entropy(z, y), z = z0, y = soft);
  const auto dz = eval(d(cross_entropy(z, y), z), z = z0, y = soft);
  const auto p = eval(softmax(z), z = z0);
  for (std::size_t k = 0; k < 12; ++k) BOOST_TEST(close(dz[k], (p[k] - soft[k]) / 4, 1e-15));
  // Targets that are variables are differentiated too: d/dy = -log_softmax(z) / B.
  expect_gradient("cross_entropy(z, t) in z and t", cross_entropy(z, var<"t", 4, 3>), z = z0,
                  var<"t", 4, 3> = soft);
}

BOOST_AUTO_TEST_CASE(cross_entropy_with_class_indices) {
  // B x C logits take B labels; a 1xC row one label; Nx1 logits (one class) N labels, all 0;
  // a vector of logits a scalar label.
  constexpr auto z = var<"z", 4, 3>;
  constexpr auto y = param<"y", 4>;
  const auto labels = random_labels<4>(3);
  const auto z0 = random_for(z, -3, 3);
  expect_gradient("cross_entropy(4x3, 4 labels)", cross_entropy(z, y), z = z0, y = labels);
  // Class indices and their one-hot rows are the same loss, in value and gradient.
  constexpr auto hot = param<"hot", 4, 3>;
  const auto rows = one_hot_rows<4, 3>(labels);
  BOOST_TEST(eval(cross_entropy(z, y), z = z0, y = labels) ==
                 eval(cross_entropy(z, hot), z = z0, hot = rows),
             boost::test_tools::tolerance(1e-15));
  const auto by_index = eval(d(cross_entropy(z, y), z), z = z0, y = labels);
  const auto by_one_hot = eval(d(cross_entropy(z, hot), z), z = z0, hot = rows);
  for (std::size_t k = 0; k < 12; ++k) BOOST_TEST(close(by_index[k], by_one_hot[k], 1e-15));
  // The value by hand: -mean over rows of log softmax at the label.
  double expected = 0;
  for (std::size_t r = 0; r < 4; ++r) {
    const double total = std::exp(z0(r, 0)) + std::exp(z0(r, 1)) + std::exp(z0(r, 2));
    expected -= std::log(std::exp(z0(r, static_cast<std::size_t>(labels[r]))) / total) / 4;
  }
  BOOST_TEST(close(eval(cross_entropy(z, y), z = z0, y = labels), expected, 1e-14));

  constexpr auto row = var<"row", 1, 4>;
  constexpr auto column = var<"column", 4, 1>;
  constexpr auto v = var<"v", 4>;
  constexpr auto label = param<"label">;
  expect_gradient("cross_entropy(1x4, 1 label)", cross_entropy(row, param<"one", 1>),
                  row = random_for(row, -3, 3), param<"one", 1> = tensor<double, 1>{2});
  expect_gradient("cross_entropy(4x1, 4 labels)", cross_entropy(column, y),
                  column = random_for(column, -3, 3), y = tensor<double, 4>{0, 0, 0, 0});
  expect_gradient("cross_entropy(vector of 4, scalar label)", cross_entropy(v, label),
                  v = random_for(v, -3, 3), label = 3.0);
}

BOOST_AUTO_TEST_CASE(cross_entropy_of_a_small_classifier) {
  // Logits from an affine layer with a bias broadcast over the batch: the loss's adjoint
  // reaches the weights through a product and the bias through a sum over rows.
  constexpr auto X = param<"X", 5, 2>;
  constexpr auto W = var<"W", 2, 3>;
  constexpr auto b = var<"b", 3>;
  constexpr auto y = param<"y", 5>;
  expect_gradient("cross_entropy(tanh(X·W + b), y)",
                  cross_entropy(tanh(matmul(X, W) + b), y), X = random_for(X, -2, 2),
                  W = random_for(W, -1, 1), b = random_for(b, -1, 1), y = random_labels<5>(3));
}

BOOST_AUTO_TEST_CASE(mean_squared_error) {
  for_each_logits_shape([](auto a) {
    const auto b = like<"b">(a);
    const auto a0 = random_for(a, -2, 2);
    expect_gradient("mse(a, b)", mse(a, b), a = a0, b = random_for(b, -2, 2));
    // One variable on both sides.
    expect_gradient("mse(a, a^2 / 2)", mse(a, square(a) * 0.5_c), a = a0);
  });
  // A row broadcast against a matrix.
  constexpr auto A = var<"A", 3, 4>;
  constexpr auto B = var<"B", 3, 4>;
  constexpr auto r = var<"r", 4>;
  const auto a0 = random_for(A, -2, 2);
  const auto b0 = random_for(B, -2, 2);
  expect_gradient("mse(A, row)", mse(A, r), A = a0, r = random_for(r, -2, 2));
  // mse is the mean of squared differences: its gradient in A is 2 (A - B) / size.
  const auto dA = eval(d(mse(A, B), A), A = a0, B = b0);
  for (std::size_t k = 0; k < 12; ++k) BOOST_TEST(close(dA[k], 2 * (a0[k] - b0[k]) / 12, 1e-15));
}
