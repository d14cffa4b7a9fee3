#pragma once
// Compile-cost family "hessian_vector" (benchmarks/tools/compile_costs.py): the extended
// Rosenbrock function, a sum of squared terms, over one vector variable of CTGRAD_N elements:
//   f(x) = sum_{i < n-1} 100 (x_{i+1} - x_i^2)^2 + (1 - x_i)^2
// The differentiated function is compile_costs::function, f. hessian_scalar.hpp is the same
// function of n scalar variables.
#include <ctgrad/ctgrad.hpp>

#include <cstddef>
#include <utility>

#ifndef CTGRAD_N
#define CTGRAD_N 8
#endif

namespace compile_costs::hessian_vector {

using namespace ctgrad;

inline constexpr std::size_t n = CTGRAD_N;
inline constexpr auto x = var<"x", n>;

// The term of x_i and x_(i+1).
template <std::size_t I>
constexpr auto term() {
  return 100_c * square(element<I + 1>(x) - square(element<I>(x))) + square(1_c - element<I>(x));
}

inline constexpr auto rosenbrock = []<std::size_t... I>(std::index_sequence<I...>) {
  return (term<I>() + ...);
}(std::make_index_sequence<n - 1>{});

}  // namespace compile_costs::hessian_vector

namespace compile_costs {
inline constexpr auto function = hessian_vector::rosenbrock;
}  // namespace compile_costs
