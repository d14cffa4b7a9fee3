// Compile-cost TU (benchmarks/tools/compile_costs.py): the Hessian of the extended Rosenbrock
// function of one vector variable in hessian_vector.hpp, CTGRAD_N elements (-DCTGRAD_N=8), as
// hessian(f, x) compiled into one program and called from a non-inline function.
#include "hessian_vector.hpp"

using compile_costs::hessian_vector::n;

ctgrad::tensor<double, n, n> rosenbrock_hessian(const ctgrad::tensor<double, n>& at) {
  using namespace compile_costs::hessian_vector;
  constexpr auto program = ctgrad::compile(ctgrad::hessian(rosenbrock, x));
  return program(x = at)[0];
}
