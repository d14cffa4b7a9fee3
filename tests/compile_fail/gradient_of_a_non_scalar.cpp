// value_and_grad(f, x, y) of a non-scalar f: one error, as for d(f, x), however many variables.
#include <ctgrad/ctgrad.hpp>
using namespace ctgrad;

int main() {
  constexpr auto W = var<"W", 2, 3>;
  constexpr auto x = var<"x", 3>;
#ifdef CTGRAD_FAULT
  const auto f = matmul(W, x);
#else
  const auto f = sum(matmul(W, x));
#endif
  const auto results = value_and_grad(f, W, x)(W = tensor<double, 2, 3>{}, x = tensor<double, 3>{});
  return static_cast<int>(std::get<2>(results)[0]);
}
