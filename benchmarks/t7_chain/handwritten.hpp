#pragma once
// T7 by hand, for any depth: the forward pass keeps every layer's activations, the backward
// pass walks the layers in reverse, turning dloss/dh_{k+1} into dloss/da_k = dloss/dh_{k+1}
// h_{k+1} (1 - h_{k+1}), the gradients of W_k (h_k^T times it) and b_k (it), and
// dloss/dh_k = W_k times it. Every output is written once.
#include <array>
#include <cmath>
#include <cstddef>

#include "t7.hpp"

namespace t7 {

template <std::size_t Depth>
typename shape<Depth>::output handwritten(const typename shape<Depth>::input& p) {
  std::array<std::array<double, width>, Depth + 1> h;
  h[0] = x;
  for (std::size_t k = 0; k < Depth; ++k) {
    const layer_type l = layer(k);
    for (std::size_t j = 0; j < width; ++j) {
      double a = p[l.bias(j)];
      for (std::size_t i = 0; i < width; ++i) a += h[k][i] * p[l.weight(i, j)];
      h[k + 1][j] = 1 / (1 + std::exp(-a));
    }
  }
  typename shape<Depth>::output out;
  std::array<double, width> dh;  // dloss/dh_k, from k = Depth down
  double loss = 0;
  for (std::size_t j = 0; j < width; ++j) {
    dh[j] = h[Depth][j] - y[j];
    loss += dh[j] * dh[j];
  }
  out[0] = 0.5 * loss;
  for (std::size_t k = Depth; k-- > 0;) {
    const layer_type l = layer(k);
    std::array<double, width> da;
    for (std::size_t j = 0; j < width; ++j) {
      da[j] = dh[j] * h[k + 1][j] * (1 - h[k + 1][j]);
      out[1 + l.bias(j)] = da[j];
    }
    for (std::size_t i = 0; i < width; ++i)
      for (std::size_t j = 0; j < width; ++j) out[1 + l.weight(i, j)] = h[k][i] * da[j];
    if (k == 0) break;  // h_0 is data
    for (std::size_t i = 0; i < width; ++i) {
      double s = 0;
      for (std::size_t j = 0; j < width; ++j) s += p[l.weight(i, j)] * da[j];
      dh[i] = s;
    }
  }
  return out;
}

}  // namespace t7
