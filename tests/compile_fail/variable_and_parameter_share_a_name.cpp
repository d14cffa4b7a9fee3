// A variable and a parameter named alike would share one binding: rejected, naming the name.
#include <ctgrad/ctgrad.hpp>
using namespace ctgrad;

int main() {
  constexpr auto x = var<"x">;
#ifdef CTGRAD_FAULT
  constexpr auto a = param<"x">;
  return static_cast<int>(eval(a * x, x = 1.0));
#else
  constexpr auto a = param<"a">;
  return static_cast<int>(eval(a * x, x = 1.0, a = 0.0));
#endif
}
