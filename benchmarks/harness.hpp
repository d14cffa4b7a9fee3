#pragma once
// The task-independent half of the driver: inputs, validation and the timing loop, written once
// for every task shape (see task.hpp).

#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "allocation_counter.hpp"
#include "task.hpp"

namespace bench {

inline constexpr std::size_t sample_count = 64;  // a power of two: the loop indexes with a mask

// Fixed pseudo-random inputs in [-1.5, 1.5]: the same for every system, different on every
// iteration (the timing loop cycles through them), so nothing can be hoisted or cached.
template <std::size_t N>
const std::array<std::array<double, N>, sample_count>& samples() {
  static const auto table = [] {
    std::array<std::array<double, N>, sample_count> s{};
    std::uint64_t state = 0x9e3779b97f4a7c15u * (N + 1);
    for (auto& x : s)
      for (double& xi : x) {
        state = state * 6364136223846793005u + 1442695040888963407u;
        xi = -1.5 + 3.0 * static_cast<double>(state >> 11) * 0x1p-53;
      }
    return s;
  }();
  return table;
}

inline bool close(double a, double b, double tolerance) {
  return std::abs(a - b) <= tolerance * std::max({1.0, std::abs(a), std::abs(b)});
}

// "value", "d/dx3" or "d2/dx1dx2" for entry k of a flat output.
template <class Shape>
std::string output_name(std::size_t k) {
  constexpr std::size_t n = Shape::inputs;
  if (k == 0) return "value";
  if (k <= n) return "d/dx" + std::to_string(k - 1);
  k -= 1 + n;
  return "d2/dx" + std::to_string(k / n) + "dx" + std::to_string(k % n);
}

// The reference itself must be right: its gradient against central differences of its value,
// its Hessian against central differences of its gradient.
template <class Shape>
bool matches_central_differences(const char* task, typename Shape::function reference) {
  constexpr std::size_t n = Shape::inputs;
  for (const auto& x : samples<n>()) {
    const auto exact = reference(x);
    for (std::size_t i = 0; i < n; ++i) {
      const double h = 1e-6 * std::max(1.0, std::abs(x[i]));
      auto up = x, down = x;
      up[i] += h;
      down[i] -= h;
      const auto plus = reference(up), minus = reference(down);
      // Entry j of the value-and-gradient block, differentiated along x_i.
      const std::size_t first = 1 + n * (Shape::order == 2 ? 1 : 0);
      for (std::size_t j = 0; j < (Shape::order == 2 ? 1 + n : 1); ++j) {
        const std::size_t k = j == 0 ? 1 + i : first + (j - 1) * n + i;
        const double numeric = (plus[j] - minus[j]) / (2 * h);
        if (!close(exact[k], numeric, 1e-6)) {
          std::fprintf(stderr, "%s/handwritten: %s = %.17g, central difference %.17g\n", task,
                       output_name<Shape>(k).c_str(), exact[k], numeric);
          return false;
        }
      }
    }
  }
  return true;
}

// Every output of f equals the reference's to within rounding: the systems evaluate the same
// formulas in different orders, so they differ in the last bits, never more.
template <class Shape>
bool agrees(const char* task, const char* system, typename Shape::function f,
            typename Shape::function reference) {
  for (const auto& x : samples<Shape::inputs>()) {
    const auto expected = reference(x);
    const auto got = f(x);
    for (std::size_t k = 0; k < Shape::outputs; ++k)
      if (!close(got[k], expected[k], 1e-12)) {
        std::fprintf(stderr, "%s/%s disagrees with handwritten: %s = %.17g, expected %.17g\n", task,
                     system, output_name<Shape>(k).c_str(), got[k], expected[k]);
        return false;
      }
  }
  return true;
}

// The timed loop: a new input each iteration, the whole result kept alive. Reports the heap
// allocations per evaluation.
template <class Shape>
void time(benchmark::State& state, typename Shape::function f) {
  const auto& xs = samples<Shape::inputs>();
  std::size_t k = 0;
  const std::size_t before = allocations();
  for (auto _ : state) {
    auto result = f(xs[k++ & (sample_count - 1)]);
    benchmark::DoNotOptimize(result);
  }
  state.counters["allocs_per_eval"] = benchmark::Counter(
      static_cast<double>(allocations() - before), benchmark::Counter::kAvgIterations);
}

}  // namespace bench
