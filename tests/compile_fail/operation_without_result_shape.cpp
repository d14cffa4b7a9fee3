// A tensor operation tag of the user's own without result_shape: the one error names the tag
// and the member it lacks, where the node's shape is asked for.
#include <ctgrad/ctgrad.hpp>

using namespace ctgrad;

struct total : tensor_operation {  // the sum of a vector's elements
  static constexpr notation text = function_call("total(");
  static constexpr notation latex = text;
#ifndef CTGRAD_FAULT
  template <class A>
  using result_shape = shape<>;
#endif
};

int main() {
  return static_cast<int>(shape_of<node_of<total, variable<"v", 3>>>::rank);
}
