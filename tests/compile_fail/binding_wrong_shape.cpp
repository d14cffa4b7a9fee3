// A value bound to a tensor variable must have its shape: the error names the variable, its
// shape and the shape of the value given.
#include <ctgrad/ctgrad.hpp>

#include <array>

using namespace ctgrad;

int main() {
  constexpr auto W = var<"W", 2, 3>;
#ifdef CTGRAD_FAULT
  const std::array<std::array<double, 3>, 3> w{};  // one row too many
#else
  const std::array<std::array<double, 3>, 2> w{};
#endif
  return static_cast<int>(eval(sum(W), W = w));
}
