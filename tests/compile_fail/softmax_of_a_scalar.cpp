// softmax is over the last dimension of a vector or matrix: a scalar is one error.
// (log_softmax stops after its static_assert rather than build expand<rank - 1> of a scalar.)
#include <ctgrad/ctgrad.hpp>
using namespace ctgrad;

int main() {
#ifdef CTGRAD_FAULT
  constexpr auto z = var<"z">;
#else
  constexpr auto z = var<"z", 1>;
#endif
  using z_value = value_of_shape_t<double, shape_of<decltype(z)>>;
  return static_cast<int>(eval(sum(softmax(z)), z = z_value{}));
}
