#include "../peers/adolc.hpp"
#include "t7.hpp"

namespace {
// Recorded once, before main; a tape of straight-line code is valid at every point.
const short tape = bench::adolc::record(16, t7_16::function{}, t7_16::input{});
}  // namespace

t7_16::output t7_16::adolc(const input& x) {
  return bench::adolc::value_and_gradient(tape, function{}, x);
}
