// Compiled by run.sh only: does ctgrad::math build in double for this target? With the Arm
// toolchain's 64-bit long double it does not (README.md, "Found"); when it does, run.sh builds
// the double part of the elementary-function check as well.
#include <ctgrad/math.hpp>

double probe(double x) {
  namespace m = ctgrad::math;
  return m::exp(x) + m::log(x) + m::sqrt(x) + m::sin(x) + m::cos(x) + m::tanh(x) + m::pow(x, x);
}
