#include "ctgrad_expression.hpp"

t5::output t5::ctgrad_fused(const input& p) {
  using namespace t5::expression;
  constexpr auto program = value_and_grad(loss, W1, b1, W2, b2);
  return with_bindings(p, [&](const auto&... b) {
    const auto [value, dW1, db1, dW2, db2] = program(b...);
    return flat(value, dW1, db1, dW2, db2);
  });
}
