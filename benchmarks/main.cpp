// The benchmark driver. Each task's implementations are checked against the hand-written one
// (which is itself checked against central differences) before anything is timed; any
// disagreement ends the run with a non-zero exit.
#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "allocation_counter.hpp"
#include "build_info.hpp"  // generated: the implementations built, compiler, flags, versions
#include "harness.hpp"
#include "t1_chain/t1.hpp"
#include "t2_two_layer_linear/t2.hpp"
#include "t3_sigmoid_mlp/t3.hpp"
#include "t4_sum/t4.hpp"
#include "t5_classifier/t5.hpp"
#include "t6_rosenbrock/t6.hpp"
#include "t7_chain16/t7.hpp"
#include "t7_chain8/t7.hpp"

namespace {

// One implementation of a task: the system's name and its function.
template <class Shape>
struct implementation {
  const char* system;
  typename Shape::function f;
};

std::size_t registered = 0;

// Validates every implementation of one task, the first being the hand-written reference, then
// registers each as "<task>/<system>".
template <class Shape, std::size_t N>
bool add_task(const char* task, const implementation<Shape> (&implementations)[N]) {
  const auto reference = implementations[0].f;
  if (std::string(implementations[0].system) != "handwritten") {
    std::fprintf(stderr, "%s: the first implementation is not the hand-written one\n", task);
    return false;
  }
  if (!bench::matches_central_differences<Shape>(task, reference)) return false;
  for (const auto& i : implementations) {
    if (!bench::agrees<Shape>(task, i.system, i.f, reference)) return false;
    benchmark::RegisterBenchmark((std::string(task) + "/" + i.system).c_str(), bench::time<Shape>,
                                 i.f);
    ++registered;
  }
  return true;
}

// A task: its namespace, its name in the results, its folder. The implementations are the
// translation units the folder has for the systems this build includes (build_info.hpp).
#define BENCH_TASK(ns, name, folder) add_task<ns::shape>(name, {CTGRAD_BENCH_SYSTEMS_##folder(ns)})

bool add_tasks() {
  return BENCH_TASK(t1, "T1", t1_chain) && BENCH_TASK(t2, "T2", t2_two_layer_linear) &&
         BENCH_TASK(t3, "T3", t3_sigmoid_mlp) && BENCH_TASK(t4, "T4", t4_sum) &&
         BENCH_TASK(t5, "T5", t5_classifier) && BENCH_TASK(t6, "T6", t6_rosenbrock) &&
         BENCH_TASK(t7_8, "T7_8", t7_chain8) && BENCH_TASK(t7_16, "T7_16", t7_chain16);
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
  if (!add_tasks()) return 1;
  std::printf("all %zu implementations agree with the hand-written code of their task\n",
              registered);
  benchmark::AddCustomContext("compiler", CTGRAD_BENCH_COMPILER);
  benchmark::AddCustomContext("flags", CTGRAD_BENCH_FLAGS);
  benchmark::AddCustomContext("libraries", CTGRAD_BENCH_LIBRARIES);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
