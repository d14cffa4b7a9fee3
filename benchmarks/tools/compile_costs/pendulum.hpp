#pragma once
// Compile-cost family "pendulum" (benchmarks/tools/compile_costs.py): a damped pendulum rolled
// out for CTGRAD_STEPS steps of explicit Euler, one control per step, as a user would write
// model-predictive control with ctgrad:
//   theta_{k+1} = theta_k + dt omega_k
//   omega_{k+1} = omega_k + dt (-(g/l) sin(theta_k) - b omega_k + u_k)
//   cost = sum_k (theta_{k+1} - target)^2 + w u_k^2
// The differentiated function is compile_costs::function, the cost as a function of the
// control vector u (theta0 and omega0 are parameters).
#include <ctgrad/ctgrad.hpp>

#include <cstddef>
#include <type_traits>

#ifndef CTGRAD_STEPS
#define CTGRAD_STEPS 16
#endif

namespace compile_costs::pendulum {

using namespace ctgrad;

inline constexpr std::size_t steps = CTGRAD_STEPS;

inline constexpr auto u = var<"u", steps>;  // the controls, one per step
inline constexpr auto theta0 = param<"theta0">;
inline constexpr auto omega0 = param<"omega0">;

inline constexpr auto dt = c<1, 20>;           // 0.05 s
inline constexpr auto g_over_l = c<981, 100>;  // 9.81 m/s^2 over a 1 m rod
inline constexpr auto damping = c<1, 10>;
inline constexpr auto target = c<314159, 100000>;  // upright, pi to five places
inline constexpr auto weight = c<1, 100>;          // of the control effort

struct no_cost {};  // the cost before the first step

// The cost of steps K..steps-1 from the state (theta, omega), added to the cost so far.
template <std::size_t K, class Theta, class Omega, class Cost>
constexpr auto rollout(Theta theta, Omega omega, Cost cost) {
  constexpr auto control = element<K>(u);
  const auto next_theta = theta + dt * omega;
  const auto next_omega = omega + dt * (-g_over_l * sin(theta) - damping * omega + control);
  const auto stage = square(next_theta - target) + weight * square(control);
  const auto total = [&] {
    if constexpr (std::is_same_v<Cost, no_cost>)
      return stage;
    else
      return cost + stage;
  }();
  if constexpr (K + 1 == steps)
    return total;
  else
    return rollout<K + 1>(next_theta, next_omega, total);
}

inline constexpr auto cost = rollout<0>(theta0, omega0, no_cost{});

}  // namespace compile_costs::pendulum

namespace compile_costs {
inline constexpr auto function = pendulum::cost;
}  // namespace compile_costs
