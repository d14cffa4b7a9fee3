// transpose() is for matrices: a vector has no orientation to swap (matmul reads a vector
// on the right as a column already).
#include <ctgrad/ctgrad.hpp>
using namespace ctgrad;

int main() {
#ifdef CTGRAD_FAULT
  constexpr auto v = var<"v", 3>;
#else
  constexpr auto v = var<"v", 1, 3>;
#endif
  using v_value = value_of_shape_t<double, shape_of<decltype(v)>>;
  const auto t = transpose(v);
  return static_cast<int>(eval(sum(t), v = v_value{}));
}
