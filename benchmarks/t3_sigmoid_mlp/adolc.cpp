#include "../peers/adolc.hpp"
#include "t3.hpp"

namespace {
// Recorded once, before main; a tape of straight-line code is valid at every point.
const short tape = bench::adolc::record(3, t3::function{}, t3::input{});
}  // namespace

t3::output t3::adolc(const input& x) {
  return bench::adolc::value_and_gradient(tape, function{}, x);
}
