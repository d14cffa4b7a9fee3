// The textbook loss with a weight of the wrong height: the one error must be the product's.
// (After its static_assert, matmul stands in with zeros of the product's shape, 4x1, so `- T`
// adds no second, misleading error about code that is right.)
#include <ctgrad/ctgrad.hpp>
using namespace ctgrad;

int main() {
  constexpr auto X = param<"X", 4, 2>;
  constexpr auto T = param<"T", 4, 1>;
#ifdef CTGRAD_FAULT
  constexpr auto W = var<"W", 3, 1>;
#else
  constexpr auto W = var<"W", 2, 1>;
#endif
  using W_value = value_of_shape_t<double, shape_of<decltype(W)>>;
  const auto step = value_and_grad(sum(square(matmul(X, W) - T)), W);
  const auto [loss, dW] = step(X = tensor<double, 4, 2>{}, T = tensor<double, 4, 1>{}, W = W_value{});
  return static_cast<int>(loss + dW(0, 0));
}
