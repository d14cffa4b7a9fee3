// An element-wise operation tag of the user's own without apply: the one error names the tag
// and the member it lacks, where the node is evaluated.
#include <ctgrad/ctgrad.hpp>

#include <cstddef>

using namespace ctgrad;

struct twice {  // 2a
  static constexpr notation text = function_call("twice(");
  static constexpr notation latex = text;
#ifndef CTGRAD_FAULT
  template <class T>
  static constexpr T apply(const T& a) {
    return 2 * a;
  }
#endif
  template <std::size_t I, class A>
  static constexpr auto partial(A) {
    return constant<2>{};
  }
};

int main() {
  constexpr auto x = var<"x">;
  constexpr auto v = var<"v", 3>;
  const double scalar = eval(node_of<twice, variable<"x">>{}, x = 1.0);
  const auto [vector] = compile(node_of<twice, variable<"v", 3>>{})(v = tensor<double, 3>{1, 2, 3});
  return static_cast<int>(scalar + vector[0]);
}
