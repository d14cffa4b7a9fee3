#include "../peers/adolc.hpp"
#include "t7.hpp"

namespace {
// Recorded once, before main; a tape of straight-line code is valid at every point.
const short tape = bench::adolc::record(8, t7_8::function{}, t7_8::input{});
}  // namespace

t7_8::output t7_8::adolc(const input& x) {
  return bench::adolc::value_and_gradient(tape, function{}, x);
}
