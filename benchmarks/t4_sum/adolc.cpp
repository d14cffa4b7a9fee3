#include "../peers/adolc.hpp"
#include "t4.hpp"

namespace {
// Recorded once, before main; a tape of straight-line code is valid at every point.
const short tape = bench::adolc::record(4, t4::function{}, t4::input{});
}  // namespace

t4::output t4::adolc(const input& x) {
  return bench::adolc::value_and_gradient(tape, function{}, x);
}
