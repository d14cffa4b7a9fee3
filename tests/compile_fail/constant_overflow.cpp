// Exact constants never overflow silently.
#include <ctgrad/ctgrad.hpp>
using namespace ctgrad;

int main() {
#ifdef CTGRAD_FAULT
  constexpr auto big = 9223372036854775807_c * 2_c;
#else
  constexpr auto big = 4611686018427387903_c * 2_c;
#endif
  return static_cast<int>(eval(big) > 0.0) - 1;
}
