#pragma once
// What every task shares: the shape of its input and output, and the one plain signature each
// system implements in a translation unit of its own, so nothing is folded across the call.
//
// The output is flat: the value, then the gradient, then (for second-order tasks) the Hessian
// row-major, so one validation and one timing loop serve every task.

#include <array>
#include <cstddef>

namespace bench {

template <std::size_t Inputs, int Order>
struct task_shape {
  static_assert(Order == 1 || Order == 2);
  static constexpr std::size_t inputs = Inputs;
  static constexpr int order = Order;
  static constexpr std::size_t outputs = 1 + Inputs + (Order == 2 ? Inputs * Inputs : 0);
  using input = std::array<double, Inputs>;
  using output = std::array<double, outputs>;
  using function = output (*)(const input&);
};

}  // namespace bench

// Declares the implementations of one task inside its namespace; a peer's declaration is
// harmless when the peer is not built, because nothing refers to it then.
#define BENCH_DECLARE_SYSTEMS                      \
  output handwritten(const input&);                \
  output ctgrad_fused(const input&);               \
  output ctgrad_unfused(const input&);             \
  output eigen_autodiff(const input&);             \
  output boost_fvar(const input&);                 \
  output ceres_jet(const input&);                  \
  output sacado_sfad(const input&);                \
  output sacado_cachefad(const input&);            \
  output sacado_rad(const input&);                 \
  output adolc(const input&);
