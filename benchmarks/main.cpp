// The benchmark driver: validates every implementation against the hand-written one, then
// times each. Inputs change every iteration and results are kept alive, so the compiler can
// neither hoist nor discard the work.
#include <benchmark/benchmark.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "allocation_counter.hpp"
#include "t1_chain/t1.hpp"

namespace {

constexpr std::array<double, 64> inputs = [] {
  std::array<double, 64> xs{};
  for (std::size_t i = 0; i < xs.size(); ++i) xs[i] = -1.5 + 3.0 * static_cast<double>(i) / 63.0;
  return xs;
}();

bool close(double a, double b) {
  return std::abs(a - b) <= 1e-12 * std::fmax(1.0, std::fmax(std::abs(a), std::abs(b)));
}

using t1_function = t1_result (*)(double);

bool validate_t1(const char* name, t1_function f) {
  for (double x : inputs) {
    const t1_result expected = t1_handwritten(x);
    const t1_result got = f(x);
    if (!close(got.value, expected.value) || !close(got.dx, expected.dx)) {
      std::fprintf(stderr, "T1 %s disagrees with hand-written at x = %.17g: (%.17g, %.17g) vs (%.17g, %.17g)\n",
                   name, x, got.value, got.dx, expected.value, expected.dx);
      return false;
    }
  }
  return true;
}

void run_t1(benchmark::State& state, t1_function f) {
  std::size_t i = 0;
  const std::size_t allocations_before = bench::allocations();
  for (auto _ : state) {
    const t1_result r = f(inputs[i++ % inputs.size()]);
    benchmark::DoNotOptimize(r);
  }
  state.counters["allocations"] =
      static_cast<double>(bench::allocations() - allocations_before);
}

}  // namespace

BENCHMARK_CAPTURE(run_t1, T1/handwritten, t1_handwritten);
BENCHMARK_CAPTURE(run_t1, T1/ctgrad_fused, t1_ctgrad_fused);
BENCHMARK_CAPTURE(run_t1, T1/ctgrad_unfused, t1_ctgrad_unfused);

int main(int argc, char** argv) {
  // The counter must see allocations for its zeros to mean anything.
  const std::size_t before = bench::allocations();
  delete new int(0);
  if (bench::allocations() == before) {
    std::fprintf(stderr, "the allocation counter is not in effect\n");
    return 1;
  }
  const bool valid =
      validate_t1("ctgrad_fused", t1_ctgrad_fused) && validate_t1("ctgrad_unfused", t1_ctgrad_unfused);
  if (!valid) return 1;
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
