// The gradient of the two-layer linear net by ctgrad: the loss is written once and
// value_and_grad derives and fuses the rest.
//
// Built twice. As grad_ctgrad, the textbook form: X and the target are matrices bound at run
// time, pred = X·W0·W1, loss = sum((pred - target)^2). With CTGRAD_EMBEDDED_SCALAR=1, as
// grad_ctgrad_scalar, one variable per weight and X's entries written in as the exact constants
// 0 and 1, so the derivatives are simplified with them (0 * w vanishes at compile time, which
// the C++ compiler cannot do for floats: 0.0f * w is not 0 for an infinite or NaN w).
#include "net.hpp"

#include <ctgrad/ctgrad.hpp>

#include <cstddef>

#if CTGRAD_EMBEDDED_SCALAR

namespace {

using namespace ctgrad;

constexpr auto w0_00 = var<"w0_00">;
constexpr auto w0_01 = var<"w0_01">;
constexpr auto w0_02 = var<"w0_02">;
constexpr auto w0_10 = var<"w0_10">;
constexpr auto w0_11 = var<"w0_11">;
constexpr auto w0_12 = var<"w0_12">;
constexpr auto w1_0 = var<"w1_0">;
constexpr auto w1_1 = var<"w1_1">;
constexpr auto w1_2 = var<"w1_2">;

// One row of X (x0, x1) through the net: (x . W0) . W1, each hidden unit a column of W0.
constexpr auto predict(auto x0, auto x1) {
  return (x0 * w0_00 + x1 * w0_10) * w1_0 +  //
         (x0 * w0_01 + x1 * w0_11) * w1_1 +  //
         (x0 * w0_02 + x1 * w0_12) * w1_2;
}

// X = [[0,0],[0,1],[1,0],[1,1]], target = [[0],[1],[0],[1]]: exact constants, so the
// derivatives are simplified with them (a plain C++ number is rejected in an expression).
constexpr auto loss = square(predict(0_c, 0_c) - 0_c) + square(predict(0_c, 1_c) - 1_c) +
                      square(predict(1_c, 0_c) - 0_c) + square(predict(1_c, 1_c) - 1_c);

constexpr auto fused =
    value_and_grad(loss, w0_00, w0_01, w0_02, w0_10, w0_11, w0_12, w1_0, w1_1, w1_2);

}  // namespace

extern "C" void grad_ctgrad_scalar(const float w[9], float out[10]) {
  const auto r = fused(w0_00 = w[0], w0_01 = w[1], w0_02 = w[2], w0_10 = w[3], w0_11 = w[4],
                       w0_12 = w[5], w1_0 = w[6], w1_1 = w[7], w1_2 = w[8]);
  for (int i = 0; i < 10; ++i) out[i] = r[i];
}

#else

namespace {

using namespace ctgrad;

constexpr auto X = param<"X", 4, 2>;
constexpr auto target = param<"target", 4, 1>;
constexpr auto W0 = var<"W0", 2, 3>;
constexpr auto W1 = var<"W1", 3, 1>;
constexpr auto loss = sum(square(matmul(matmul(X, W0), W1) - target));
constexpr auto fused = value_and_grad(loss, W0, W1);

constexpr tensor<float, 4, 2> x_data{0, 0, 0, 1, 1, 0, 1, 1};
constexpr tensor<float, 4, 1> target_data{0, 1, 0, 1};

}  // namespace

extern "C" void grad_ctgrad(const float w[9], float out[10]) {
  const tensor<float, 2, 3> w0{w[0], w[1], w[2], w[3], w[4], w[5]};
  const tensor<float, 3, 1> w1{w[6], w[7], w[8]};
  const auto [value, dW0, dW1] = fused(X = x_data, target = target_data, W0 = w0, W1 = w1);
  out[0] = value;
  for (std::size_t i = 0; i < 6; ++i) out[1 + i] = dW0[i];
  for (std::size_t i = 0; i < 3; ++i) out[7 + i] = dW1[i];
}

#endif
