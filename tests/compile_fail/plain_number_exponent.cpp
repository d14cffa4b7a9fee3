// pow with a plain C++ number as exponent gets the plain-number message too.
#include <ctgrad/ctgrad.hpp>
using namespace ctgrad;

int main() {
  constexpr auto x = var<"x">;
#ifdef CTGRAD_FAULT
  auto f = pow(x, 2);
#else
  auto f = pow(x, 2_c);
#endif
  return static_cast<int>(eval(f, x = 0.0));
}
