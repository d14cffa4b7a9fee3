// matmul(a, b) needs a's last dimension to equal b's first: one error naming both shapes.
#include <ctgrad/ctgrad.hpp>
using namespace ctgrad;

int main() {
  constexpr auto A = var<"A", 2, 3>;
#ifdef CTGRAD_FAULT
  constexpr auto B = var<"B", 4, 5>;
#else
  constexpr auto B = var<"B", 3, 5>;
#endif
  using B_value = value_of_shape_t<double, shape_of<decltype(B)>>;
  const auto loss = sum(matmul(A, B));
  return static_cast<int>(eval(loss, A = tensor<double, 2, 3>{}, B = B_value{}));
}
