// A linear layer whose weight is written the wrong way round (3x4 for 4 inputs and 3 outputs):
// the one error must be the product's. (After its static_assert, matmul stands in with a value
// marked as following a reported error; `+ b` and `- T`, whose shapes no longer fit it, see the
// mark and stand down instead of reporting that shape<16, 4> and shape<3> do not broadcast.)
#include <ctgrad/ctgrad.hpp>
using namespace ctgrad;

int main() {
  constexpr auto X = param<"X", 16, 4>;
  constexpr auto T = param<"T", 16, 3>;
  constexpr auto b = var<"b", 3>;
#ifdef CTGRAD_FAULT
  constexpr auto W = var<"W", 3, 4>;
#else
  constexpr auto W = var<"W", 4, 3>;
#endif
  using W_value = value_of_shape_t<double, shape_of<decltype(W)>>;
  const auto step = value_and_grad(mse(matmul(X, W) + b, T), W, b);
  const auto [loss, dW, db] = step(X = tensor<double, 16, 4>{}, T = tensor<double, 16, 3>{},
                                   W = W_value{}, b = tensor<double, 3>{});
  return static_cast<int>(loss + dW(0, 0) + db(0));
}
