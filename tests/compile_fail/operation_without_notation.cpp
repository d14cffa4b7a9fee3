// An operation tag of the user's own without text and latex: the one error names the tag and
// what it lacks, where the node is printed.
#include <ctgrad/ctgrad.hpp>

#include <cstddef>

using namespace ctgrad;

struct twice {  // 2a
#ifndef CTGRAD_FAULT
  static constexpr notation text = function_call("twice(");
  static constexpr notation latex = text;
#endif
  template <class T>
  static constexpr T apply(const T& a) {
    return 2 * a;
  }
  template <std::size_t I, class A>
  static constexpr auto partial(A) {
    return constant<2>{};
  }
};

int main() {
  constexpr auto x = var<"x">;
  return static_cast<int>(to_string(node_of<twice, variable<"x">>{} * x).size());
}
