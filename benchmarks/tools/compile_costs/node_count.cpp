// Probe of benchmarks/tools/compile_costs.py: prints the number of distinct nodes (inner
// sub-terms, leaves not counted) of the differentiated function of one compile-cost family,
// `compile_costs::function` from the header named by CTGRAD_FUNCTION_HEADER, as the public
// program::size of compile(function) counts them. Built and run with the family's size macro:
//   g++ -std=c++20 -I include -DCTGRAD_FUNCTION_HEADER='"pendulum.hpp"' -DCTGRAD_STEPS=64 \
//       benchmarks/tools/compile_costs/node_count.cpp
#include CTGRAD_FUNCTION_HEADER

#include <cstdio>

int main() { std::printf("%zu\n", decltype(ctgrad::compile(compile_costs::function))::size); }
