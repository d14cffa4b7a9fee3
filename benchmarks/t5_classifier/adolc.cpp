#include "../peers/adolc.hpp"
#include "t5.hpp"

namespace {
// Recorded before main, and again whenever a point's largest logits (the softmax's comparisons)
// differ from the taped ones: see peers/adolc.hpp.
const short tape = bench::adolc::record(5, t5::function{}, t5::input{});
}  // namespace

t5::output t5::adolc(const input& x) {
  return bench::adolc::value_and_gradient(tape, function{}, x);
}
