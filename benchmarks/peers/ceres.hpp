#pragma once
// Ceres' Jet (ceres/jet.h): forward mode with a fixed-size dual part, seeded the way
// ceres::AutoDiffFirstOrderFunction seeds it (Jet(x_i, i)), without that class's virtual
// call. The Hessian nests Jet<Jet<double, N>, N>: Jet is generic over its scalar, though
// Ceres documents only first derivatives.
#include <ceres/jet.h>

#include <array>
#include <cstddef>

#include "layout.hpp"

namespace bench::ceres_jet {

template <std::size_t N, class F>
std::array<double, 1 + N> value_and_gradient(F f, const std::array<double, N>& x) {
  using jet = ceres::Jet<double, int{N}>;
  std::array<jet, N> ax;
  for (std::size_t i = 0; i < N; ++i) ax[i] = jet(x[i], int(i));
  const jet y = f(ax);
  std::array<double, 1 + N> out;
  out[0] = y.a;
  for (std::size_t i = 0; i < N; ++i) out[gradient_at<N>(i)] = y.v[int(i)];
  return out;
}

template <std::size_t N, class F>
std::array<double, 1 + N + N * N> value_gradient_hessian(F f, const std::array<double, N>& x) {
  using inner = ceres::Jet<double, int{N}>;
  using outer = ceres::Jet<inner, int{N}>;
  std::array<outer, N> ax;
  for (std::size_t i = 0; i < N; ++i) ax[i] = outer(inner(x[i], int(i)), int(i));
  const outer y = f(ax);
  std::array<double, 1 + N + N * N> out;
  out[0] = y.a.a;
  for (std::size_t i = 0; i < N; ++i) {
    out[gradient_at<N>(i)] = y.a.v[int(i)];
    for (std::size_t j = 0; j < N; ++j) out[hessian_at<N>(i, j)] = y.v[int(i)].v[int(j)];
  }
  return out;
}

}  // namespace bench::ceres_jet
