// Plain symbolic evaluation: the value and each gradient walked separately.
#include "ctgrad_expression.hpp"

t2::output t2::ctgrad_unfused(const input& p) {
  using namespace t2::expression;
  return with_bindings(p, [&](const auto&... b) {
    const auto [dW0, dW1] = eval(grad(loss, W0, W1), b...);
    return flat(eval(loss, b...), dW0, dW1);
  });
}
