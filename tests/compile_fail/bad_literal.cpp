// The _c suffix takes decimal literals only.
#include <ctgrad/ctgrad.hpp>
using namespace ctgrad;

int main() {
#ifdef CTGRAD_FAULT
  constexpr auto k = 0x10_c;
#else
  constexpr auto k = 16_c;
#endif
  return static_cast<int>(eval(k)) - 16;
}
