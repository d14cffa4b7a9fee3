// Plain symbolic evaluation of the value and of the derivative, each walked separately: what
// fusion buys is the difference to ctgrad_fused.
#include "ctgrad_expression.hpp"
#include "t1.hpp"

t1::output t1::ctgrad_unfused(const input& in) {
  using namespace t1::expression;
  return {eval(y, x = in[0]), eval(d(y, x), x = in[0])};
}
