#include <ctgrad/ctgrad.hpp>

#include "t1.hpp"

using namespace ctgrad;

t1_result t1_ctgrad_fused(double x0) {
  constexpr auto x = var<"x">;
  constexpr auto program = value_and_grad(square(exp(square(x))), x);
  const auto [value, dx] = program(x = x0);
  return {value, dx};
}
