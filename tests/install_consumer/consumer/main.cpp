// A user's program against the installed library: compile-time and run-time derivatives.
#include <ctgrad/ctgrad.hpp>

using namespace ctgrad;

int main() {
  constexpr auto x = var<"x">;
  static_assert(to_string(d(x * x, x)) == "2*x");
  const auto [value, slope] = value_and_grad(square(x), x)(x = 3.0);
  return value == 9.0 && slope == 6.0 ? 0 : 1;
}
