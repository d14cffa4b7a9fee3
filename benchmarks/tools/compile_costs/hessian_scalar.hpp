#pragma once
// Compile-cost family "hessian_scalar" (benchmarks/tools/compile_costs.py): the extended
// Rosenbrock function of CTGRAD_N scalar variables x00, x01, ...:
//   f = sum_{i < n-1} 100 (x{i+1} - xi^2)^2 + (1 - xi)^2
// the same function as hessian_vector.hpp, written with scalars. The differentiated function is
// compile_costs::function, f.
#include <ctgrad/ctgrad.hpp>

#include <cstddef>
#include <utility>

#ifndef CTGRAD_N
#define CTGRAD_N 8
#endif

namespace compile_costs::hessian_scalar {

using namespace ctgrad;

inline constexpr std::size_t n = CTGRAD_N;
static_assert(n >= 2 && n <= 100, "the names are x00 to x99");

template <std::size_t I>
constexpr auto variable_name() {
  fixed_string<4> name;
  name.data[0] = 'x';
  name.data[1] = static_cast<char>('0' + I / 10);
  name.data[2] = static_cast<char>('0' + I % 10);
  return name;
}

template <std::size_t I>
inline constexpr auto x = var<variable_name<I>()>;

// The term of x_i and x_(i+1).
template <std::size_t I>
constexpr auto term() {
  return 100_c * square(x<I + 1> - square(x<I>)) + square(1_c - x<I>);
}

inline constexpr auto rosenbrock = []<std::size_t... I>(std::index_sequence<I...>) {
  return (term<I>() + ...);
}(std::make_index_sequence<n - 1>{});

}  // namespace compile_costs::hessian_scalar

namespace compile_costs {
inline constexpr auto function = hessian_scalar::rosenbrock;
}  // namespace compile_costs
