#pragma once
// Trilinos Sacado, as its examples use it: Fad types (SFad: expression templates, fixed size;
// CacheFad: caches each operand's value while evaluating the expression) seeded Fad(N, i, x_i),
// and Rad (reverse mode, operator overloading onto a tape in a memory pool) with
// ADvar::Gradcomp(). Second derivatives nest: Fad over Fad (forward over forward) and
// Rad over SFad (forward over reverse).
#include <Sacado.hpp>

#include <array>
#include <cstddef>

#include "layout.hpp"

namespace bench::sacado {

template <template <class, int> class Fad, std::size_t N, class F>
std::array<double, 1 + N> fad_value_and_gradient(F f, const std::array<double, N>& x) {
  using fad = Fad<double, int{N}>;
  std::array<fad, N> ax;
  for (std::size_t i = 0; i < N; ++i) ax[i] = fad(int{N}, int(i), x[i]);
  const fad y = f(ax);
  std::array<double, 1 + N> out;
  out[0] = y.val();
  for (std::size_t i = 0; i < N; ++i) out[gradient_at<N>(i)] = y.dx(int(i));
  return out;
}

template <template <class, int> class Fad, std::size_t N, class F>
std::array<double, 1 + N + N * N> fad_value_gradient_hessian(F f, const std::array<double, N>& x) {
  using inner = Fad<double, int{N}>;
  using outer = Fad<inner, int{N}>;
  std::array<outer, N> ax;
  for (std::size_t i = 0; i < N; ++i) ax[i] = outer(int{N}, int(i), inner(int{N}, int(i), x[i]));
  const outer y = f(ax);
  std::array<double, 1 + N + N * N> out;
  out[0] = y.val().val();
  for (std::size_t i = 0; i < N; ++i) {
    out[gradient_at<N>(i)] = y.val().dx(int(i));
    for (std::size_t j = 0; j < N; ++j) out[hessian_at<N>(i, j)] = y.dx(int(i)).dx(int(j));
  }
  return out;
}

template <std::size_t N, class F>
std::array<double, 1 + N> rad_value_and_gradient(F f, const std::array<double, N>& x) {
  using var = Sacado::Rad::ADvar<double>;
  std::array<var, N> ax;
  for (std::size_t i = 0; i < N; ++i) ax[i] = x[i];
  const var y = f(ax);
  var::Gradcomp();
  std::array<double, 1 + N> out;
  out[0] = y.val();
  for (std::size_t i = 0; i < N; ++i) out[gradient_at<N>(i)] = ax[i].adj();
  return out;
}

template <std::size_t N, class F>
std::array<double, 1 + N + N * N> rad_value_gradient_hessian(F f, const std::array<double, N>& x) {
  using fad = Sacado::Fad::SFad<double, int{N}>;
  using var = Sacado::Rad::ADvar<fad>;
  std::array<var, N> ax;
  for (std::size_t i = 0; i < N; ++i) ax[i] = fad(int{N}, int(i), x[i]);
  const var y = f(ax);
  var::Gradcomp();
  std::array<double, 1 + N + N * N> out;
  out[0] = y.val().val();
  for (std::size_t i = 0; i < N; ++i) {
    out[gradient_at<N>(i)] = ax[i].adj().val();
    for (std::size_t j = 0; j < N; ++j) out[hessian_at<N>(i, j)] = ax[i].adj().dx(int(j));
  }
  return out;
}

}  // namespace bench::sacado
