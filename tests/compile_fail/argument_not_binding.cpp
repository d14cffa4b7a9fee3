// eval takes bindings, not bare numbers.
#include <ctgrad/ctgrad.hpp>
using namespace ctgrad;

int main() {
  constexpr auto x = var<"x">;
#ifdef CTGRAD_FAULT
  return static_cast<int>(eval(x * x, 0.0));
#else
  return static_cast<int>(eval(x * x, x = 0.0));
#endif
}
