#include "../peers/adolc.hpp"
#include "t1.hpp"

namespace {
// Recorded once, before main; a tape of straight-line code is valid at every point.
const short tape = bench::adolc::record(1, t1::function{}, t1::input{});
}  // namespace

t1::output t1::adolc(const input& x) {
  return bench::adolc::value_and_gradient(tape, function{}, x);
}
