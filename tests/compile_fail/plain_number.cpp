// A plain C++ number in an expression is rejected with the fix in the message.
#include <ctgrad/ctgrad.hpp>
using namespace ctgrad;

int main() {
  constexpr auto x = var<"x">;
#ifdef CTGRAD_FAULT
  auto f = 2 * x;
#else
  auto f = 2_c * x;
#endif
  return static_cast<int>(eval(f, x = 0.0));
}
