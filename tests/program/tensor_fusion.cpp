// Fused tensor programs: equal to plain evaluation of the value and of each derivative, each
// shared sub-term computed once, evaluable in a constant expression (the textbook two-layer
// net, checked against backpropagation written out by hand), and free of heap allocation.
#define BOOST_TEST_MODULE tensor fusion
#include <boost/test/unit_test.hpp>

#include <ctgrad/ctgrad.hpp>

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdlib>
#include <new>
#include <tuple>
#include <type_traits>
#include <vector>

#include "../support/close.hpp"
#include "../support/tensor_check.hpp"

// Every allocation of the program goes through these, so a fused evaluation that allocated
// would move the count.
namespace {
std::size_t allocation_count = 0;

void* counted_allocation(std::size_t size) {
  ++allocation_count;
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc{};
}

void* counted_aligned_allocation(std::size_t size, std::align_val_t alignment) {
  ++allocation_count;
  const auto align = static_cast<std::size_t>(alignment);
  // aligned_alloc takes a size that is a non-zero multiple of the alignment.
  const std::size_t rounded = size == 0 ? align : (size + align - 1) / align * align;
  if (void* p = std::aligned_alloc(align, rounded)) return p;
  throw std::bad_alloc{};
}
}  // namespace

void* operator new(std::size_t size) { return counted_allocation(size); }
void* operator new[](std::size_t size) { return counted_allocation(size); }
void* operator new(std::size_t size, std::align_val_t alignment) {
  return counted_aligned_allocation(size, alignment);
}
void* operator new[](std::size_t size, std::align_val_t alignment) {
  return counted_aligned_allocation(size, alignment);
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }

using namespace ctgrad;
using ctgrad_test::close;
using ctgrad_test::random_for;

namespace {

/// How many allocations f made.
template <class F>
std::size_t allocations_during(F f) {
  const std::size_t before = allocation_count;
  f();
  return allocation_count - before;
}

/// Keeps the optimiser from proving a value unused (and an allocation removable).
template <class T>
void escape(const T& value) {
  asm volatile("" : : "r"(&value) : "memory");
}

template <class V>
bool close_elements(const V& a, const V& b, double tolerance) {
  if constexpr (is_tensor<V>) {
    for (std::size_t k = 0; k < V::size; ++k)
      if (!close(a[k], b[k], tolerance)) return false;
    return true;
  } else {
    return close(a, b, tolerance);
  }
}

// The textbook two-layer linear net.
constexpr auto X = param<"X", 4, 2>;
constexpr auto T = param<"T", 4, 1>;
constexpr auto W0 = var<"W0", 2, 3>;
constexpr auto W1 = var<"W1", 3, 1>;
constexpr auto two_layer_loss = sum(square(matmul(matmul(X, W0), W1) - T));

// A sigmoid MLP with biases broadcast over the batch.
constexpr auto b0 = var<"b0", 3>;
constexpr auto b1 = var<"b1", 1>;
constexpr auto mlp_loss = mean(square(matmul(sigmoid(matmul(X, W0) + b0), W1) + b1 - T));

}  // namespace

BOOST_AUTO_TEST_CASE(value_and_grad_equals_eval) {
  // The same operations in the same order: equal up to the rounding of a reordering.
  const auto two_layer = value_and_grad(two_layer_loss, W0, W1);
  const auto mlp = value_and_grad(mlp_loss, W0, W1, b0, b1);
  for (int point = 0; point < 10; ++point) {
    const auto x = random_for(X, -1, 1);
    const auto t = random_for(T, 0, 1);
    const auto w0 = random_for(W0, -1, 1);
    const auto w1 = random_for(W1, -1, 1);
    const auto c0 = random_for(b0, -1, 1);
    const auto c1 = random_for(b1, -1, 1);
    {
      const auto [loss, dW0, dW1] = two_layer(X = x, T = t, W0 = w0, W1 = w1);
      BOOST_TEST(close(loss, eval(two_layer_loss, X = x, T = t, W0 = w0, W1 = w1), 1e-15));
      BOOST_TEST(close_elements(dW0, eval(d(two_layer_loss, W0), X = x, T = t, W0 = w0, W1 = w1), 1e-15));
      BOOST_TEST(close_elements(dW1, eval(d(two_layer_loss, W1), X = x, T = t, W0 = w0, W1 = w1), 1e-15));
    }
    {
      const auto [loss, dW0, dW1, db0, db1] = mlp(X = x, T = t, W0 = w0, W1 = w1, b0 = c0, b1 = c1);
      const auto at = [&](auto e) { return eval(e, X = x, T = t, W0 = w0, W1 = w1, b0 = c0, b1 = c1); };
      BOOST_TEST(close(loss, at(mlp_loss), 1e-15));
      BOOST_TEST(close_elements(dW0, at(d(mlp_loss, W0)), 1e-15));
      BOOST_TEST(close_elements(dW1, at(d(mlp_loss, W1)), 1e-15));
      BOOST_TEST(close_elements(db0, at(d(mlp_loss, b0)), 1e-15));
      BOOST_TEST(close_elements(db1, at(d(mlp_loss, b1)), 1e-15));
    }
  }
}

BOOST_AUTO_TEST_CASE(outputs_of_one_shape_come_as_an_array_others_as_a_tuple) {
  const auto w0 = random_for(W0, -1, 1);
  const auto both = compile(exp(W0), sin(W0))(W0 = w0);
  static_assert(std::is_same_v<decltype(both), const std::array<tensor<double, 2, 3>, 2>>);
  BOOST_TEST(close(both[1](1, 2), std::sin(w0(1, 2)), 1e-15));
  const auto mixed = compile(sum(W0), exp(W0))(W0 = w0);
  static_assert(std::is_same_v<decltype(mixed), const std::tuple<double, tensor<double, 2, 3>>>);
  BOOST_TEST(close(std::get<0>(mixed), w0[0] + w0[1] + w0[2] + w0[3] + w0[4] + w0[5], 1e-15));
}

BOOST_AUTO_TEST_CASE(a_shared_sub_term_is_computed_once) {
  // f = sum(square(A·x)) and df/dx = (2 A·x)·A: the steps are A·x, its square, the sum, 2 A·x
  // and the product with A; A·x is shared by the value and the derivative, so five, not six.
  constexpr auto A = param<"A", 2, 3>;
  constexpr auto x = var<"x", 3>;
  constexpr auto f = sum(square(matmul(A, x)));
  static_assert(decltype(value_and_grad(f, x))::size == 5);
  static_assert(decltype(compile(f))::size == 3);
  // One product however often the outputs mention it.
  static_assert(decltype(compile(matmul(A, x), exp(matmul(A, x)) * matmul(A, x)))::size == 3);
  const auto a0 = random_for(A, -1, 1);
  const auto x0 = random_for(x, -1, 1);
  const auto [value, dx] = value_and_grad(f, x)(A = a0, x = x0);
  const double m0 = a0(0, 0) * x0[0] + a0(0, 1) * x0[1] + a0(0, 2) * x0[2];
  const double m1 = a0(1, 0) * x0[0] + a0(1, 1) * x0[1] + a0(1, 2) * x0[2];
  BOOST_TEST(close(value, m0 * m0 + m1 * m1, 1e-15));
  for (std::size_t k = 0; k < 3; ++k) BOOST_TEST(close(dx[k], 2 * m0 * a0(0, k) + 2 * m1 * a0(1, k), 1e-15));
}

namespace {

// The two-layer net of the examples, in a constant expression.
constexpr tensor<double, 4, 2> inputs{0, 0, 0, 1, 1, 0, 1, 1};
constexpr tensor<double, 4, 1> targets{0, 1, 0, 1};
constexpr tensor<double, 2, 3> first_weights{0.5488135039273248, 0.7151893663724195, 0.6027633760716439,
                                             0.5448831829968969, 0.4236547993389047, 0.6458941130666561};
constexpr tensor<double, 3, 1> second_weights{0.4375872112626925, 0.8917730007820798, 0.9636627605010293};

struct backpropagation {
  double loss;
  tensor<double, 2, 3> dW0;
  tensor<double, 3, 1> dW1;
};

// Forward and backward by hand, loop by loop: H = X·W0, P = H·W1, loss = sum((P - T)^2),
// dP = 2 (P - T), dW1 = Hᵀ·dP, dH = dP·W1ᵀ, dW0 = Xᵀ·dH.
constexpr backpropagation by_hand() {
  double H[4][3] = {}, dP[4] = {}, dH[4][3] = {};
  backpropagation out{0, {}, {}};
  for (std::size_t i = 0; i < 4; ++i) {
    for (std::size_t j = 0; j < 3; ++j)
      for (std::size_t k = 0; k < 2; ++k) H[i][j] += inputs(i, k) * first_weights(k, j);
    double prediction = 0;
    for (std::size_t j = 0; j < 3; ++j) prediction += H[i][j] * second_weights(j, 0);
    const double residual = prediction - targets(i, 0);
    out.loss += residual * residual;
    dP[i] = 2 * residual;
  }
  for (std::size_t j = 0; j < 3; ++j)
    for (std::size_t i = 0; i < 4; ++i) out.dW1(j, 0) += H[i][j] * dP[i];
  for (std::size_t i = 0; i < 4; ++i)
    for (std::size_t j = 0; j < 3; ++j) dH[i][j] = dP[i] * second_weights(j, 0);
  for (std::size_t k = 0; k < 2; ++k)
    for (std::size_t j = 0; j < 3; ++j)
      for (std::size_t i = 0; i < 4; ++i) out.dW0(k, j) += inputs(i, k) * dH[i][j];
  return out;
}

constexpr bool near_relative(double a, double b, double tolerance) {
  const double scale = (b < 0 ? -b : b) > 1 ? (b < 0 ? -b : b) : 1;
  return (a < b ? b - a : a - b) <= tolerance * scale;
}

template <class V>
constexpr bool all_near(const V& a, const V& b, double tolerance) {
  for (std::size_t k = 0; k < V::size; ++k)
    if (!near_relative(a[k], b[k], tolerance)) return false;
  return true;
}

constexpr auto expected = by_hand();
constexpr auto fused = value_and_grad(two_layer_loss, W0, W1)(X = inputs, T = targets, W0 = first_weights,
                                                               W1 = second_weights);
static_assert(near_relative(std::get<0>(fused), expected.loss, 1e-12));
static_assert(all_near(std::get<1>(fused), expected.dW0, 1e-12));
static_assert(all_near(std::get<2>(fused), expected.dW1, 1e-12));
// The hand computation is not vacuous: every gradient element is away from zero.
static_assert(expected.dW1(0, 0) > 0.1 && expected.dW0(0, 0) > 0.1 && expected.dW0(1, 2) > 0.1);

}  // namespace

BOOST_AUTO_TEST_CASE(fused_program_in_a_constant_expression) {
  // The static_asserts above are the test; at run time the same program gives the same
  // numbers, to an ulp: clang contracts `sum += a * b` (-ffp-contract=on) and folds the
  // contraction of constant operands with one rounding, where constant evaluation rounds twice
  // (measured: the loss differs in its last bit at -O3, not at -O0 nor with g++).
  const auto [loss, dW0, dW1] = value_and_grad(two_layer_loss, W0, W1)(
      X = inputs, T = targets, W0 = first_weights, W1 = second_weights);
  BOOST_TEST(close(loss, std::get<0>(fused), 1e-15));
  BOOST_TEST(close_elements(dW0, std::get<1>(fused), 1e-15));
  BOOST_TEST(close_elements(dW1, std::get<2>(fused), 1e-15));
  BOOST_TEST_MESSAGE("two_layer_linear at the examples' weights: loss " << expected.loss << ", dW1 = ["
                     << expected.dW1[0] << ", " << expected.dW1[1] << ", " << expected.dW1[2] << "]");
}

BOOST_AUTO_TEST_CASE(no_heap_allocation_in_a_fused_evaluation) {
  // The counter sees an allocation when there is one.
  BOOST_TEST(allocations_during([] {
    std::vector<double> v(16, 1.0);
    escape(v);
  }) >= 1u);

  const auto x = random_for(X, -1, 1);
  const auto t = random_for(T, 0, 1);
  const auto w0 = random_for(W0, -1, 1);
  const auto w1 = random_for(W1, -1, 1);
  const auto c0 = random_for(b0, -1, 1);
  const auto c1 = random_for(b1, -1, 1);
  const auto mlp = value_and_grad(mlp_loss, W0, W1, b0, b1);
  BOOST_TEST(allocations_during([&] {
    const auto result = mlp(X = x, T = t, W0 = w0, W1 = w1, b0 = c0, b1 = c1);
    escape(result);
  }) == 0u);

  // A softmax classifier: the largest tensor program here.
  constexpr auto Z = param<"Z", 5, 2>;
  constexpr auto W = var<"W", 2, 3>;
  constexpr auto b = var<"b", 3>;
  constexpr auto labels = param<"labels", 5>;
  const auto classifier = value_and_grad(cross_entropy(tanh(matmul(Z, W) + b), labels), W, b);
  const tensor<double, 5> y{0, 2, 1, 1, 0};
  const auto z = random_for(Z, -1, 1);
  const auto w = random_for(W, -1, 1);
  const auto bias = random_for(b, -1, 1);
  BOOST_TEST(allocations_during([&] {
    const auto result = classifier(Z = z, W = w, b = bias, labels = y);
    escape(result);
  }) == 0u);
}
