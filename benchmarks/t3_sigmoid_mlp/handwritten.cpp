// What a careful person writes: the forward pass keeps the hidden activations h and the output
// errors e = h·W2 + b2 - Y of every row; backprop: dloss/dW2 = h^T e, dloss/db2 = the column sums
// of e, dloss/da = (e W2^T) h (1 - h) for the hidden pre-activations a, dloss/dW1 = X^T dloss/da
// and dloss/db1 its column sums. Every output is written once.
#include <cmath>

#include "t3.hpp"

t3::output t3::handwritten(const input& p) {
  constexpr std::size_t in = layer1.inputs, hidden = layer1.outputs, out = layer2.outputs;
  std::array<std::array<double, hidden>, batch> h, da;
  std::array<std::array<double, out>, batch> e;
  double loss = 0;
  for (std::size_t r = 0; r < batch; ++r) {
    for (std::size_t j = 0; j < hidden; ++j) {
      double a = p[layer1.bias(j)];
      for (std::size_t i = 0; i < in; ++i) a += X[r][i] * p[layer1.weight(i, j)];
      h[r][j] = 1 / (1 + std::exp(-a));
    }
    for (std::size_t k = 0; k < out; ++k) {
      double y = p[layer2.bias(k)];
      for (std::size_t j = 0; j < hidden; ++j) y += h[r][j] * p[layer2.weight(j, k)];
      e[r][k] = y - Y[r][k];
      loss += e[r][k] * e[r][k];
    }
  }
  output g;
  g[0] = 0.5 * loss;
  for (std::size_t k = 0; k < out; ++k) {
    double s = 0;
    for (std::size_t r = 0; r < batch; ++r) s += e[r][k];
    g[1 + layer2.bias(k)] = s;
  }
  for (std::size_t j = 0; j < hidden; ++j)
    for (std::size_t k = 0; k < out; ++k) {
      double s = 0;
      for (std::size_t r = 0; r < batch; ++r) s += h[r][j] * e[r][k];
      g[1 + layer2.weight(j, k)] = s;
    }
  for (std::size_t r = 0; r < batch; ++r)
    for (std::size_t j = 0; j < hidden; ++j) {
      double dh = 0;
      for (std::size_t k = 0; k < out; ++k) dh += e[r][k] * p[layer2.weight(j, k)];
      da[r][j] = dh * h[r][j] * (1 - h[r][j]);
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
