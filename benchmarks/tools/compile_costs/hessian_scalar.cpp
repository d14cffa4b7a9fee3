// Compile-cost TU (benchmarks/tools/compile_costs.py): the value, gradient and Hessian of the
// extended Rosenbrock function of CTGRAD_N scalar variables in hessian_scalar.hpp (-DCTGRAD_N=8),
// written as examples/newton.cpp does it: value_and_grad for the value and the gradient, eval of
// hessian for the second derivatives, in one non-inline function.
#include "hessian_scalar.hpp"

#include <array>
#include <utility>

using compile_costs::hessian_scalar::n;

struct value_gradient_hessian {
  double value;
  std::array<double, n> gradient;
  std::array<std::array<double, n>, n> hessian;
};

value_gradient_hessian rosenbrock_derivatives(const std::array<double, n>& at) {
  using namespace compile_costs::hessian_scalar;
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    constexpr auto program = ctgrad::value_and_grad(rosenbrock, x<I>...);
    const auto values = program((x<I> = at[I])...);
    value_gradient_hessian out{values[0], {values[1 + I]...}, {}};
    out.hessian = ctgrad::eval(ctgrad::hessian(rosenbrock, x<I>...), (x<I> = at[I])...);
    return out;
  }(std::make_index_sequence<n>{});
}
