// The gradient of the two-layer linear net by ctgrad: the loss is written once, as the
// textbook formula over the constant data, and value_and_grad derives and fuses the rest.
//
// Built twice: as grad_ctgrad, the loss exactly as written; with CTGRAD_EMBEDDED_SIMPLIFY=1
// as grad_ctgrad_simplified, from simplify(loss). The difference: ctgrad keeps a user's
// expression as written (0_c * w0_00 stays a multiplication node) and the derivatives reuse
// those sub-terms, so the program multiplies by zero unless simplify() folds it first; the C++
// compiler cannot fold it either, since 0.0f * w is not 0 for an infinite or NaN w.
#include "net.hpp"

#include <ctgrad/ctgrad.hpp>

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

#if CTGRAD_EMBEDDED_SIMPLIFY
#define GRAD_FUNCTION grad_ctgrad_simplified
constexpr auto objective = simplify(loss);
#else
#define GRAD_FUNCTION grad_ctgrad
constexpr auto objective = loss;
#endif

constexpr auto fused =
    value_and_grad(objective, w0_00, w0_01, w0_02, w0_10, w0_11, w0_12, w1_0, w1_1, w1_2);

}  // namespace

extern "C" void GRAD_FUNCTION(const float w[9], float out[10]) {
  const auto r = fused(w0_00 = w[0], w0_01 = w[1], w0_02 = w[2], w0_10 = w[3], w0_11 = w[4],
                       w0_12 = w[5], w1_0 = w[6], w1_1 = w[7], w1_2 = w[8]);
  for (int i = 0; i < 10; ++i) out[i] = r[i];
}
