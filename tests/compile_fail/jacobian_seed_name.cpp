// jacobian(f, x) builds a Jacobian a column at a time with a variable of its own; a variable of
// the user's with that name and shape would be differentiated with it, so it is an error.
#include <ctgrad/ctgrad.hpp>
using namespace ctgrad;

int main() {
  constexpr auto x = var<"x">;
#ifdef CTGRAD_FAULT
  constexpr auto s = var<"ctgrad::jacobian seed", 3>;
#else
  constexpr auto s = var<"s", 3>;
#endif
  const auto J = jacobian(s * x, x);
  return static_cast<int>(eval(sum(J), s = tensor<double, 3>{1, 2, 3}, x = 0.5));
}
