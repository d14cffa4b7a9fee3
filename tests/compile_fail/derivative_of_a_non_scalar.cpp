// d(f, x) is for a scalar f: the error names f's shape and points to jacobian or d(sum(f), x).
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
  const auto dx = d(f, x);
  return static_cast<int>(eval(sum(dx), W = tensor<double, 2, 3>{}, x = tensor<double, 3>{}));
}
