// The host side of the comparison: reads the firmware's output (from the emulator), runs the
// same gradient functions built for the host on the same weights, and prints both, value by
// value. Exits non-zero if any value differs beyond float rounding, if a set is incomplete, or
// if the firmware did not finish.
//
// Agreement: |emulated - host| <= 1e-5 * max(1, |emulated|, |host|), the relative error with
// the same floor of 1 that check_gradient uses (near a minimum the loss is a difference of
// numbers near 1, and its float rounding is absolute, not relative to the tiny result).
#include "net.hpp"

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

constexpr int count = sizeof(net::implementations) / sizeof(net::implementations[0]);
constexpr double tolerance = 1e-5;

/// Reads n hex words after "X <set>" into v; false if the line is not that.
bool parse(const char* line, int n, float* v, int* set) {
  char* end = nullptr;
  *set = static_cast<int>(std::strtol(line + 2, &end, 10));
  for (int i = 0; i < n; ++i) {
    const char* start = end;
    const auto bits = static_cast<std::uint32_t>(std::strtoul(start, &end, 16));
    if (end == start) return false;
    v[i] = std::bit_cast<float>(bits);
  }
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s FIRMWARE_OUTPUT\n", argv[0]);
    return 2;
  }
  std::FILE* in = std::fopen(argv[1], "r");
  if (!in) {
    std::fprintf(stderr, "host_check: cannot open %s\n", argv[1]);
    return 2;
  }

  float w[net::weights];
  float emulated[count][net::outputs];
  bool have_w = false, have[count] = {};
  int set = -1, sets = 0, values = 0, identical = 0, beyond = 0, problems = 0;
  double worst = 0;
  bool finished = false;
  char line[1024];

  auto compare_set = [&] {
    for (int k = 0; k < count; ++k)
      if (!have[k]) {
        std::printf("set %d: no %s line from the firmware\n", set, net::implementations[k].name);
        ++problems;
        return;
      }
    std::printf("set %d\n  %-8s", set, "output");
    for (const auto& impl : net::implementations) std::printf(" | %-31s", impl.name);
    std::printf("\n  %-8s", "");
    for (int k = 0; k < count; ++k) std::printf(" | %-15s %-15s", "emulated", "host");
    std::printf("\n");
    float host[count][net::outputs];
    for (int k = 0; k < count; ++k) net::implementations[k].run(w, host[k]);
    for (int i = 0; i < net::outputs; ++i) {
      std::printf("  %-8s", net::output_names[i]);
      const char* verdict = "";
      for (int k = 0; k < count; ++k) {
        const double a = emulated[k][i], b = host[k][i];
        const double scale = std::fmax(1.0, std::fmax(std::fabs(a), std::fabs(b)));
        const double error = std::fabs(a - b) / scale;  // NaN if either is NaN
        ++values;
        if (std::bit_cast<std::uint32_t>(emulated[k][i]) == std::bit_cast<std::uint32_t>(host[k][i]))
          ++identical;
        if (error > worst) worst = error;
        if (!(error <= tolerance)) ++beyond, verdict = "  MISMATCH";
        std::printf(" | %-15.9g %-15.9g", a, b);
      }
      std::printf("%s\n", verdict);
    }
    ++sets;
  };

  while (std::fgets(line, sizeof line, in)) {
    if (std::strncmp(line, "END ", 4) == 0) finished = true;
    if (line[1] != ' ') continue;
    int s = -1;
    if (line[0] == 'W') {
      if (have_w) compare_set();
      have_w = parse(line, net::weights, w, &s);
      set = s;
      for (bool& h : have) h = false;
      if (!have_w) std::printf("unreadable line: %s", line), ++problems;
      continue;
    }
    for (int k = 0; k < count; ++k)
      if (line[0] == net::implementations[k].tag) {
        if (!have_w || !parse(line, net::outputs, emulated[k], &s) || s != set)
          std::printf("unreadable or out-of-place line: %s", line), ++problems;
        else
          have[k] = true;
      }
  }
  if (have_w) compare_set();
  std::fclose(in);

  if (!finished) std::printf("the firmware's output has no END line: it did not finish\n"), ++problems;
  if (sets == 0) std::printf("no weight sets in the firmware's output\n"), ++problems;
  std::printf(
      "host vs emulated: %d sets, %d values, %d bit-identical, worst difference %.3g "
      "(relative to max(1, |a|, |b|)), %d beyond %.0e\n",
      sets, values, identical, worst, beyond, tolerance);
  return beyond == 0 && problems == 0 ? 0 : 1;
}
