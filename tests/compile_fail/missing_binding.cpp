// An evaluation that leaves a variable unbound names it in the error.
#include <ctgrad/ctgrad.hpp>
using namespace ctgrad;

int main() {
  constexpr auto x = var<"x">;
  constexpr auto y = var<"y">;
#ifdef CTGRAD_FAULT
  return static_cast<int>(eval(x * y, x = 1.0));
#else
  return static_cast<int>(eval(x * y, x = 1.0, y = 0.0));
#endif
}
