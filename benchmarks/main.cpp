// The benchmark driver. Each task's implementations are checked against the hand-written one
// (which is itself checked against central differences) before anything is timed; any
// disagreement ends the run with a non-zero exit.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "allocation_counter.hpp"
#include "build_info.hpp"  // generated: which peers are built, compiler, flags, versions
#include "harness.hpp"
#include "t1_chain/t1.hpp"
#include "t4_sum/t4.hpp"
#include "t6_rosenbrock/t6.hpp"

namespace {

// One row per system, one column per task (null where a system has no implementation of the
// task); the first row is the reference.
struct row {
  const char* name;
  t1::shape::function t1;
  t4::shape::function t4;
  t6::shape::function t6;
};

#define BENCH_ROW(system) {#system, t1::system, t4::system, t6::system}

const row systems[] = {
    BENCH_ROW(handwritten),
    BENCH_ROW(ctgrad_fused),
    BENCH_ROW(ctgrad_unfused),
#if CTGRAD_BENCH_EIGEN
    BENCH_ROW(eigen_autodiff),
#endif
#if CTGRAD_BENCH_BOOST_FVAR
    BENCH_ROW(boost_fvar),
#endif
#if CTGRAD_BENCH_CERES
    {"ceres_jet", t1::ceres_jet, t4::ceres_jet, nullptr},  // Jet<Jet> lacks double - Jet<Jet>
#endif
#if CTGRAD_BENCH_SACADO
    BENCH_ROW(sacado_sfad),
    BENCH_ROW(sacado_cachefad),
    BENCH_ROW(sacado_rad),
#endif
#if CTGRAD_BENCH_ADOLC
    BENCH_ROW(adolc),
#endif
};

// Validates every system of one task, then registers it as "<task>/<system>".
template <class Shape>
bool add_task(const char* task, typename Shape::function row::*column) {
  const auto reference = systems[0].*column;
  if (!bench::matches_central_differences<Shape>(task, reference)) return false;
  for (const row& system : systems) {
    if (!(system.*column)) continue;
    if (!bench::agrees<Shape>(task, system.name, system.*column, reference)) return false;
    benchmark::RegisterBenchmark((std::string(task) + "/" + system.name).c_str(),
                                 bench::time<Shape>, system.*column);
  }
  return true;
}

// The allocation counts mean something only if the counter sees allocations.
bool allocation_counter_works() {
  const std::size_t before = bench::allocations();
  void* volatile p = std::malloc(16);
  std::free(p);
  return bench::allocations() != before;
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  if (!allocation_counter_works()) {
    std::fprintf(stderr, "the allocation counter is not in effect\n");
    return 1;
  }
  if (!add_task<t1::shape>("T1", &row::t1) || !add_task<t4::shape>("T4", &row::t4) ||
      !add_task<t6::shape>("T6", &row::t6))
    return 1;
  std::printf("all %zu systems agree with the hand-written code on every task\n",
              std::size(systems));
  benchmark::AddCustomContext("compiler", CTGRAD_BENCH_COMPILER);
  benchmark::AddCustomContext("flags", CTGRAD_BENCH_FLAGS);
  benchmark::AddCustomContext("libraries", CTGRAD_BENCH_LIBRARIES);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
