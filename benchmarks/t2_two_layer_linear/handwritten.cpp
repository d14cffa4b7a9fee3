// What a careful person writes: the forward pass keeps H = X·W0 and the residuals, the backward
// pass turns dloss/dpred = 2 (pred - target) into the gradients of W1 (H^T times it) and of W0
// (X^T times it times W1^T).
#include "t2.hpp"

t2::output t2::handwritten(const input& p) {
  constexpr std::size_t in = layer0.inputs, hidden = layer0.outputs;
  std::array<std::array<double, hidden>, batch> h;
  std::array<double, batch> dpred;
  double loss = 0;
  for (std::size_t r = 0; r < batch; ++r) {
    double pred = 0;
    for (std::size_t j = 0; j < hidden; ++j) {
      double s = 0;
      for (std::size_t i = 0; i < in; ++i) s += X[r][i] * p[layer0.weight(i, j)];
      h[r][j] = s;
      pred += s * p[layer1.weight(j, 0)];
    }
    const double e = pred - target[r][0];
    loss += e * e;
    dpred[r] = 2 * e;
  }
  output out;
  out[0] = loss;
  for (std::size_t j = 0; j < hidden; ++j) {
    double g = 0;
    for (std::size_t r = 0; r < batch; ++r) g += h[r][j] * dpred[r];
    out[1 + layer1.weight(j, 0)] = g;
  }
  for (std::size_t i = 0; i < in; ++i)
    for (std::size_t j = 0; j < hidden; ++j) {
      double g = 0;
      for (std::size_t r = 0; r < batch; ++r) g += X[r][i] * dpred[r];
      out[1 + layer0.weight(i, j)] = g * p[layer1.weight(j, 0)];
    }
  return out;
}
