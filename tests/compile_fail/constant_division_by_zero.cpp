// Dividing exact constants by zero is caught when the constant is formed.
#include <ctgrad/ctgrad.hpp>
using namespace ctgrad;

int main() {
#ifdef CTGRAD_FAULT
  constexpr auto k = 1_c / (2_c - 2_c);
#else
  constexpr auto k = 1_c / (2_c - 1_c);
#endif
  return static_cast<int>(eval(k)) - 1;
}
