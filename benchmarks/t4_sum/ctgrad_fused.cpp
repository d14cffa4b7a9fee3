#include "ctgrad_expression.hpp"
#include "t4.hpp"

t4::output t4::ctgrad_fused(const input& x) {
  using namespace t4::expression;
  constexpr auto program = value_and_grad(f, x0, x1, x2, x3, x4, x5, x6, x7);
  return with_bindings(x, [&](const auto&... b) { return program(b...); });
}
