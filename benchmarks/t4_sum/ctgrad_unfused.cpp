// Plain symbolic evaluation: the value and each gradient entry walked separately, each
// computing every sub-term its tree contains.
#include "ctgrad_expression.hpp"
#include "t4.hpp"

t4::output t4::ctgrad_unfused(const input& x) {
  using namespace t4::expression;
  return with_bindings(x, [&](const auto&... b) {
    const auto g = eval(grad(f, x0, x1, x2, x3, x4, x5, x6, x7), b...);
    return output{eval(f, b...), g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7]};
  });
}
