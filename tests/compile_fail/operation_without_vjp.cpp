// A tensor operation tag of the user's own without vjp: the one error names the tag and the
// member it lacks, where the node is differentiated.
#include <ctgrad/ctgrad.hpp>

#include <cstddef>

using namespace ctgrad;

struct total : tensor_operation {  // the sum of a vector's elements
  static constexpr notation text = function_call("total(");
  static constexpr notation latex = text;
  template <class A>
  using result_shape = shape<>;
  template <class T, class A>
  static constexpr T evaluate(const A& a) {
    T sum{};
    for (const auto& e : a.elements) sum += e;
    return sum;
  }
#ifndef CTGRAD_FAULT
  template <std::size_t I, class G, class A>
  static constexpr auto vjp(G g, A) {
    return make<op::broadcast<shape_of<A>>>(g);
  }
#endif
};

int main() {
  constexpr auto v = var<"v", 3>;
  const auto [value, gradient] =
      value_and_grad(node_of<total, variable<"v", 3>>{}, v)(v = tensor<double, 3>{1, 2, 3});
  return static_cast<int>(value + gradient[0]);
}
