// Compile-cost TU (benchmarks/tools/compile_costs.py): the value alone of the pendulum rollout
// in pendulum.hpp, CTGRAD_STEPS steps, as one compiled program (compile(cost)) called from a
// non-inline function. Beside pendulum.cpp (value and gradient) it shows what the function
// itself costs to compile, which no derivative of it can undercut.
#include "pendulum.hpp"

using compile_costs::pendulum::steps;

double pendulum_cost(const ctgrad::tensor<double, steps>& controls, double theta, double omega) {
  using namespace compile_costs::pendulum;
  constexpr auto program = ctgrad::compile(cost);
  return program(u = controls, theta0 = theta, omega0 = omega)[0];
}
