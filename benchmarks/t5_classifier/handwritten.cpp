// What a careful person writes: the forward pass keeps the hidden activations h and, per row,
// dloss/dz = (softmax(z) - onehot(label)) / batch, with the row's largest logit m subtracted
// before exp (a constant shift: it changes neither the value nor the gradient); backprop:
// dloss/dW2 = h^T dz, dloss/db2 = the column sums of dz, dloss/da = (dz W2^T) (1 - h^2) for the
// hidden pre-activations a, dloss/dW1 = X^T dloss/da and dloss/db1 its column sums. Every output
// is written once.
#include <cmath>

#include "t5.hpp"

t5::output t5::handwritten(const input& p) {
  constexpr std::size_t in = layer1.inputs, hidden = layer1.outputs;
  constexpr double inverse_batch = 1.0 / batch;
  std::array<std::array<double, hidden>, batch> h, da;
  std::array<std::array<double, classes>, batch> dz;
  double loss = 0;
  for (std::size_t r = 0; r < batch; ++r) {
    for (std::size_t j = 0; j < hidden; ++j) {
      double a = p[layer1.bias(j)];
      for (std::size_t i = 0; i < in; ++i) a += X[r][i] * p[layer1.weight(i, j)];
      h[r][j] = std::tanh(a);
    }
    std::array<double, classes> z;
    for (std::size_t k = 0; k < classes; ++k) {
      double s = p[layer2.bias(k)];
      for (std::size_t j = 0; j < hidden; ++j) s += h[r][j] * p[layer2.weight(j, k)];
      z[k] = s;
    }
    double m = z[0];
    for (std::size_t k = 1; k < classes; ++k) m = z[k] > m ? z[k] : m;
    std::array<double, classes> e;
    double sum = 0;
    for (std::size_t k = 0; k < classes; ++k) {
      e[k] = std::exp(z[k] - m);
      sum += e[k];
    }
    loss += std::log(sum) - (z[label[r]] - m);
    const double scale = inverse_batch / sum;
    for (std::size_t k = 0; k < classes; ++k)
      dz[r][k] = e[k] * scale - (k == label[r] ? inverse_batch : 0);
  }
  output g;
  g[0] = loss * inverse_batch;
  for (std::size_t k = 0; k < classes; ++k) {
    double s = 0;
    for (std::size_t r = 0; r < batch; ++r) s += dz[r][k];
    g[1 + layer2.bias(k)] = s;
  }
  for (std::size_t j = 0; j < hidden; ++j)
    for (std::size_t k = 0; k < classes; ++k) {
      double s = 0;
      for (std::size_t r = 0; r < batch; ++r) s += h[r][j] * dz[r][k];
      g[1 + layer2.weight(j, k)] = s;
    }
  for (std::size_t r = 0; r < batch; ++r)
    for (std::size_t j = 0; j < hidden; ++j) {
      double dh = 0;
      for (std::size_t k = 0; k < classes; ++k) dh += dz[r][k] * p[layer2.weight(j, k)];
      da[r][j] = dh * (1 - h[r][j] * h[r][j]);
    }
  for (std::size_t j = 0; j < hidden; ++j) {
    double s = 0;
    for (std::size_t r = 0; r < batch; ++r) s += da[r][j];
    g[1 + layer1.bias(j)] = s;
  }
  for (std::size_t i = 0; i < in; ++i)
    for (std::size_t j = 0; j < hidden; ++j) {
      double s = 0;
      for (std::size_t r = 0; r < batch; ++r) s += X[r][i] * da[r][j];
      g[1 + layer1.weight(i, j)] = s;
    }
  return g;
}
