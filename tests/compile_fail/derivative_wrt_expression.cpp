// Derivatives are taken with respect to a symbol, not an expression.
#include <ctgrad/ctgrad.hpp>
using namespace ctgrad;

int main() {
  constexpr auto x = var<"x">;
#ifdef CTGRAD_FAULT
  auto g = d(exp(x), x * x);
#else
  auto g = d(exp(x), x);
#endif
  return static_cast<int>(eval(g, x = 0.0)) - 1;
}
