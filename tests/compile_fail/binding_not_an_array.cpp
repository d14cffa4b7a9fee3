// A tensor variable bound to something that is not a tensor or array of its shape (a
// std::vector), beside a second binding: the one error is the shape's, not a failure to find
// a common scalar type for the two values.
#include <ctgrad/ctgrad.hpp>

#include <array>
#include <vector>

using namespace ctgrad;

int main() {
  constexpr auto W = var<"W", 3>;
  constexpr auto y = var<"y">;
#ifdef CTGRAD_FAULT
  const std::vector<double> w(3);
#else
  const std::array<double, 3> w{};
#endif
  return static_cast<int>(compile(sum(W) * y)(W = w, y = 2.0)[0]);
}
