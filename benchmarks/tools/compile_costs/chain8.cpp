// Compile-cost TU (benchmarks/tools/compile_costs.py): the fused value_and_grad program of T7's chain of
// 8 sigmoid layers of width 3 (benchmarks/t7_chain), called once from a non-inline function.
#include "../../t7_chain/ctgrad_expression.hpp"

std::array<double, 1 + 8 * t7::layer_type::size> chain8(
    const std::array<double, 8 * t7::layer_type::size>& p) {
  return t7::expression::fused<8>(p);
}
