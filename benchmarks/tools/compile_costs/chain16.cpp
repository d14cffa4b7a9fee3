// Compile-cost TU (benchmarks/tools/compile_costs.py): the fused value_and_grad program of T7's chain of
// 16 sigmoid layers of width 3 (benchmarks/t7_chain), called once from a non-inline function.
#include "../../t7_chain/ctgrad_expression.hpp"

std::array<double, 1 + 16 * t7::layer_type::size> chain16(
    const std::array<double, 16 * t7::layer_type::size>& p) {
  return t7::expression::fused<16>(p);
}
