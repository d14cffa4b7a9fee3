#include "ctgrad_expression.hpp"

t2::output t2::ctgrad_fused(const input& p) {
  using namespace t2::expression;
  constexpr auto program = value_and_grad(loss, W0, W1);
  return with_bindings(p, [&](const auto&... b) {
    const auto [value, dW0, dW1] = program(b...);
    return flat(value, dW0, dW1);
  });
}
