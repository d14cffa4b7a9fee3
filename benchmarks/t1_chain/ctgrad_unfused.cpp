// Plain symbolic evaluation of the value and of the derivative, each walked separately: what
// fusion buys is the difference to t1_ctgrad_fused.
#include <ctgrad/ctgrad.hpp>

#include "t1.hpp"

using namespace ctgrad;

t1_result t1_ctgrad_unfused(double x0) {
  constexpr auto x = var<"x">;
  constexpr auto y = square(exp(square(x)));
  return {eval(y, x = x0), eval(d(y, x), x = x0)};
}
