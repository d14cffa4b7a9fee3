// value_and_grad(f, x, y) of a non-scalar f gives d's one error, not one per variable.
#include <ctgrad/ctgrad.hpp>
using namespace ctgrad;

int main() {
  constexpr auto v = var<"v", 2>;
  constexpr auto s = var<"s">;
#ifdef CTGRAD_FAULT
  const auto g = exp(v) * s;
#else
  const auto g = sum(exp(v)) * s;
#endif
  const auto results = value_and_grad(g, v, s)(v = tensor<double, 2>{0.5, 1.5}, s = 2.0);
  return static_cast<int>(std::get<1>(results)[0]);
}
