// sum<D>(a) needs a dimension D of a: a matrix has dimensions 0 and 1.
#include <ctgrad/ctgrad.hpp>
using namespace ctgrad;

int main() {
  constexpr auto A = var<"A", 2, 3>;
#ifdef CTGRAD_FAULT
  const auto s = sum<2>(A);
#else
  const auto s = sum<1>(A);
#endif
  return static_cast<int>(eval(sum(s), A = tensor<double, 2, 3>{}));
}
