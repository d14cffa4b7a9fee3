// Plain symbolic evaluation: the value and each gradient walked separately.
#include "ctgrad_expression.hpp"

t5::output t5::ctgrad_unfused(const input& p) {
  using namespace t5::expression;
  return with_bindings(p, [&](const auto&... b) {
    const auto [dW1, db1, dW2, db2] = eval(grad(loss, W1, b1, W2, b2), b...);
    return flat(eval(loss, b...), dW1, db1, dW2, db2);
  });
}
