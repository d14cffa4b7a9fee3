// Compile-cost TU (benchmarks/tools/compile_costs.py): the fused value_and_grad program of T7's
// chain of CTGRAD_LAYERS sigmoid layers of width 3 (-DCTGRAD_LAYERS=32), called once from a
// non-inline function.
#include "chain.hpp"

using compile_costs::layers;

std::array<double, 1 + layers * t7::layer_type::size> chain(
    const std::array<double, layers * t7::layer_type::size>& p) {
  return t7::expression::fused<layers>(p);
}
