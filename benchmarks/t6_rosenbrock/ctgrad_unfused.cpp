// Plain symbolic evaluation: the value, the gradient and the Hessian each walked separately.
#include "ctgrad_expression.hpp"
#include "t6.hpp"

t6::output t6::ctgrad_unfused(const input& x) {
  using namespace t6::expression;
  return with_bindings(x, [&](const auto&... b) {
    const auto g = eval(grad(f, x0, x1, x2, x3), b...);
    const auto h = eval(hessian(f, x0, x1, x2, x3), b...);
    output out{eval(f, b...)};
    for (std::size_t i = 0; i < n; ++i) {
      out[1 + i] = g[i];
      for (std::size_t j = 0; j < n; ++j) out[1 + n + i * n + j] = h[i][j];
    }
    return out;
  });
}
