#include "../peers/adolc.hpp"
#include "t2.hpp"

namespace {
// Recorded once, before main; a tape of straight-line code is valid at every point.
const short tape = bench::adolc::record(2, t2::function{}, t2::input{});
}  // namespace

t2::output t2::adolc(const input& x) {
  return bench::adolc::value_and_gradient(tape, function{}, x);
}
