// Compile-cost TU (benchmarks/tools/compile_costs.py): the value and the gradient with respect to
// the controls of the pendulum rollout in pendulum.hpp, CTGRAD_STEPS steps (-DCTGRAD_STEPS=64),
// one fused value_and_grad program called from a non-inline function.
#include "pendulum.hpp"

#include <tuple>

using compile_costs::pendulum::steps;

std::tuple<double, ctgrad::tensor<double, steps>> pendulum_cost_and_gradient(
    const ctgrad::tensor<double, steps>& controls, double theta, double omega) {
  using namespace compile_costs::pendulum;
  constexpr auto program = ctgrad::value_and_grad(cost, u);
  return program(u = controls, theta0 = theta, omega0 = omega);
}
