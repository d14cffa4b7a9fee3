#pragma once
// Compile-cost family "chain" (benchmarks/tools/compile_costs.py): T7's chain of CTGRAD_LAYERS
// sigmoid layers of width 3 (benchmarks/t7_chain). The differentiated function is
// compile_costs::function, T7's loss.
#include "../../t7_chain/ctgrad_expression.hpp"

#ifndef CTGRAD_LAYERS
#define CTGRAD_LAYERS 8
#endif

namespace compile_costs {
inline constexpr std::size_t layers = CTGRAD_LAYERS;
inline constexpr auto function = t7::expression::loss<layers>;
}  // namespace compile_costs
