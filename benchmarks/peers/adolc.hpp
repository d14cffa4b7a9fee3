#pragma once
// ADOL-C: the function is recorded once onto a tape (trace_on, <<=, >>=, trace_off), at
// program start; each evaluation then replays the tape: a zero-order forward sweep that keeps
// its Taylor buffer (zos_forward, keep = 1) and a first-order reverse sweep (fos_reverse), which
// is what ADOL-C's gradient() driver does, but keeping the value. The Hessian comes from the
// hessian() driver (its own forward and reverse sweeps, lower triangle).
//
// A tape holds one branch of every comparison made while recording. When a comparison comes
// out differently at the new point, zos_forward aborts the sweep and returns a negative code,
// and ADOL-C's manual says to retape: so the function is recorded again at that point and
// replayed. Straight-line code (every task but T5, whose softmax compares logits) never does.
#include <adolc/adolc.h>

#include <array>
#include <cstddef>

#include "layout.hpp"

namespace bench::adolc {

// Records f onto tape `tag` at x and returns tag.
template <std::size_t N, class F>
short record(short tag, F f, const std::array<double, N>& x) {
  disableBranchSwitchWarnings();  // handled below, by retaping
  trace_on(tag);
  std::array<adouble, N> ax;
  for (std::size_t i = 0; i < N; ++i) ax[i] <<= x[i];
  adouble y = f(ax);
  double value;
  y >>= value;
  trace_off();
  return tag;
}

// The tape `tag` of f, replayed at x (recorded again first if x takes another branch).
template <std::size_t N, class F>
std::array<double, 1 + N> value_and_gradient(short tag, F f, const std::array<double, N>& x) {
  std::array<double, 1 + N> out;
  double weight = 1;
  if (zos_forward(tag, 1, int{N}, 1, x.data(), &out[0]) < 0) {
    record(tag, f, x);
    zos_forward(tag, 1, int{N}, 1, x.data(), &out[0]);
  }
  fos_reverse(tag, 1, int{N}, &weight, &out[gradient_at<N>(0)]);
  return out;
}

template <std::size_t N, class F>
std::array<double, 1 + N + N * N> value_gradient_hessian(short tag, F f,
                                                         const std::array<double, N>& x) {
  std::array<double, 1 + N + N * N> out;
  const auto first = value_and_gradient<N>(tag, f, x);
  for (std::size_t i = 0; i < 1 + N; ++i) out[i] = first[i];
  std::array<double, N> point = x;
  std::array<std::array<double, N>, N> h;
  std::array<double*, N> rows;
  for (std::size_t i = 0; i < N; ++i) rows[i] = h[i].data();
  hessian(tag, int{N}, point.data(), rows.data());
  for (std::size_t i = 0; i < N; ++i)
    for (std::size_t j = 0; j <= i; ++j)
      out[hessian_at<N>(i, j)] = out[hessian_at<N>(j, i)] = h[i][j];
  return out;
}

}  // namespace bench::adolc
