// Size-1 dimensions never stretch: 4x3 minus 4x1 is an error naming the operation and both
// shapes, where NumPy would broadcast silently.
#include <ctgrad/ctgrad.hpp>
using namespace ctgrad;

int main() {
  constexpr auto X = var<"X", 4, 3>;
#ifdef CTGRAD_FAULT
  constexpr auto m = var<"m", 4, 1>;
#else
  constexpr auto m = var<"m", 3>;  // a row, subtracted from every row of X
#endif
  using m_value = value_of_shape_t<double, shape_of<decltype(m)>>;
  const auto centred = X - m;
  return static_cast<int>(eval(sum(centred), X = tensor<double, 4, 3>{}, m = m_value{}));
}
