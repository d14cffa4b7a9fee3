// cross_entropy(logits, targets) takes one-hot targets shaped like the logits, or class
// indices shaped like the logits without their last dimension; anything else is an error
// naming both shapes.
// (After its static_assert, cross_entropy stands in with a scalar, so using the loss as the
// scalar it is adds no further errors.)
#include <ctgrad/ctgrad.hpp>
using namespace ctgrad;

int main() {
  constexpr auto z = var<"z", 4, 3>;
#ifdef CTGRAD_FAULT
  constexpr auto y = param<"y", 3>;  // one label per class instead of one per row
#else
  constexpr auto y = param<"y", 4>;  // one label per row
#endif
  using y_value = value_of_shape_t<double, shape_of<decltype(y)>>;
  const auto step = value_and_grad(cross_entropy(z, y), z);
  const auto [loss, dz] = step(z = tensor<double, 4, 3>{}, y = y_value{});
  return static_cast<int>(loss + dz(0, 0));
}
