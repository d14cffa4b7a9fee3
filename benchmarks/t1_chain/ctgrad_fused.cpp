#include "ctgrad_expression.hpp"
#include "t1.hpp"

t1::output t1::ctgrad_fused(const input& in) {
  using namespace t1::expression;
  constexpr auto program = value_and_grad(y, x);
  return program(x = in[0]);
}
