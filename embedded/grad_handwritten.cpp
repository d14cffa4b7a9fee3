// The gradient of the two-layer linear net by hand: forward pass, then backpropagation
// through the two matrix products, as a person writes it from the textbook.
#include "net.hpp"

namespace {

constexpr float X[4][2] = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
constexpr float target[4] = {0, 1, 0, 1};

}  // namespace

extern "C" void grad_handwritten(const float w[9], float out[10]) {
  const float* W0 = w;      // 2x3, row-major
  const float* W1 = w + 6;  // 3x1

  // Forward: H = X W0 (4x3), pred = H W1 (4x1), loss = sum (pred - target)^2.
  float H[4][3];
  float dpred[4];  // d loss / d pred = 2 (pred - target)
  float loss = 0;
  for (int i = 0; i < 4; ++i) {
    float pred = 0;
    for (int k = 0; k < 3; ++k) {
      H[i][k] = X[i][0] * W0[k] + X[i][1] * W0[3 + k];
      pred += H[i][k] * W1[k];
    }
    const float r = pred - target[i];
    loss += r * r;
    dpred[i] = 2 * r;
  }

  // Backward: dW1 = H^T dpred, dH = dpred W1^T, dW0 = X^T dH.
  out[0] = loss;
  for (int k = 0; k < 3; ++k) {
    float dw1 = 0, dw0_0 = 0, dw0_1 = 0;
    for (int i = 0; i < 4; ++i) {
      dw1 += H[i][k] * dpred[i];
      const float dh = dpred[i] * W1[k];
      dw0_0 += X[i][0] * dh;
      dw0_1 += X[i][1] * dh;
    }
    out[1 + k] = dw0_0;
    out[4 + k] = dw0_1;
    out[7 + k] = dw1;
  }
}
