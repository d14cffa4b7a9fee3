// Only symbols can be bound: `(x + y) = 1.0` is rejected where it is written.
#include <ctgrad/ctgrad.hpp>
using namespace ctgrad;

int main() {
  constexpr auto x = var<"x">;
  constexpr auto y = var<"y">;
#ifdef CTGRAD_FAULT
  (x + y) = 1.0;
#endif
  return static_cast<int>(eval(x + y, x = 1.0, y = -1.0));
}
