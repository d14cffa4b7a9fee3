// A variable bound twice in one evaluation is named in the error.
#include <ctgrad/ctgrad.hpp>
using namespace ctgrad;

int main() {
  constexpr auto x = var<"x">;
#ifdef CTGRAD_FAULT
  return static_cast<int>(value_and_grad(exp(x), x)(x = 1.0, x = 2.0)[0]);
#else
  return static_cast<int>(value_and_grad(exp(x), x)(x = 1.0)[0]);
#endif
}
