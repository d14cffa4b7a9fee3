#pragma once
// Eigen's AutoDiffScalar (unsupported/Eigen/AutoDiff), forward mode, with a fixed-size
// derivative vector as its docs advise for small problems: one pass carries all N partials.
// The Hessian nests it: AutoDiffScalar over a vector of AutoDiffScalar (as Eigen's own
// autodiff test does), seeded so the inner level carries d/dx and the outer one d/dx again.
#include <Eigen/Core>  // the AutoDiff module expects Eigen itself first
#include <unsupported/Eigen/AutoDiff>

#include <array>
#include <cstddef>

#include "layout.hpp"

namespace bench::eigen {

template <std::size_t N, class F>
std::array<double, 1 + N> value_and_gradient(F f, const std::array<double, N>& x) {
  using scalar = Eigen::AutoDiffScalar<Eigen::Matrix<double, int{N}, 1>>;
  std::array<scalar, N> ax;
  for (std::size_t i = 0; i < N; ++i) ax[i] = scalar(x[i], int{N}, int(i));
  const scalar y = f(ax);
  std::array<double, 1 + N> out;
  out[0] = y.value();
  for (std::size_t i = 0; i < N; ++i) out[gradient_at<N>(i)] = y.derivatives()(int(i));
  return out;
}

template <std::size_t N, class F>
std::array<double, 1 + N + N * N> value_gradient_hessian(F f, const std::array<double, N>& x) {
  using inner = Eigen::AutoDiffScalar<Eigen::Matrix<double, int{N}, 1>>;
  using outer = Eigen::AutoDiffScalar<Eigen::Matrix<inner, int{N}, 1>>;
  std::array<outer, N> ax;
  for (std::size_t i = 0; i < N; ++i) {
    ax[i].value() = inner(x[i], int{N}, int(i));
    for (std::size_t j = 0; j < N; ++j)
      ax[i].derivatives()(int(j)) = inner(i == j ? 1.0 : 0.0, Eigen::Matrix<double, int{N}, 1>::Zero());
  }
  const outer y = f(ax);
  std::array<double, 1 + N + N * N> out;
  out[0] = y.value().value();
  for (std::size_t i = 0; i < N; ++i) {
    out[gradient_at<N>(i)] = y.value().derivatives()(int(i));
    for (std::size_t j = 0; j < N; ++j)
      out[hessian_at<N>(i, j)] = y.derivatives()(int(i)).derivatives()(int(j));
  }
  return out;
}

}  // namespace bench::eigen
