#include "../peers/adolc.hpp"
#include "t6.hpp"

namespace {
// Recorded once, before main; a tape of straight-line code is valid at every point.
const short tape = bench::adolc::record(6, t6::function{}, t6::input{});
}  // namespace

t6::output t6::adolc(const input& x) {
  return bench::adolc::value_gradient_hessian(tape, function{}, x);
}
