// See elementary.hpp. f uses every elementary operation ctgrad has; its value and gradient
// are evaluated once at run time (inputs read through volatile, so nothing is folded) and once
// in constant evaluation (a constexpr variable), in each floating-point type.
#include "elementary.hpp"

#include <ctgrad/ctgrad.hpp>

#include <bit>
#include <cstdint>
#include <type_traits>

#ifndef CTGRAD_EMBEDDED_MATH_DOUBLE
#define CTGRAD_EMBEDDED_MATH_DOUBLE 0
#endif

namespace {

using namespace ctgrad;

constexpr auto x = var<"x">;
constexpr auto y = var<"y">;
constexpr auto f = exp(sin(x) * y) + log(sqrt(square(x) + 1_c)) + cos(x * y) * tanh(y) +
                   pow(x + 2_c, y) + sigmoid(x) * relu(x - y) + abs(x * y) / 3_c;
constexpr auto fused = value_and_grad(f, x, y);

/// Position of a finite value on the number line, in ulp (monotone, 0 at +-0).
std::int64_t ordinal(double v) {
  const auto bits = std::bit_cast<std::int64_t>(v);
  return bits < 0 ? -(bits & INT64_MAX) : bits;
}
std::int64_t ordinal(float v) {
  const auto bits = std::bit_cast<std::int32_t>(v);
  return bits < 0 ? -(bits & INT32_MAX) : bits;
}

template <class T>
elementary_report check(const char* name) {
  constexpr T x0 = T(0.75), y0 = T(-0.5);
  constexpr auto at_compile_time = fused(x = x0, y = y0);
  volatile T vx = x0, vy = y0;
  const auto at_run_time = fused(x = T(vx), y = T(vy));

  elementary_report r{name, true, int(at_run_time.size()), true, 0};
  for (std::size_t i = 0; i < at_run_time.size(); ++i) {
    if (!(at_run_time[i] - at_run_time[i] == 0)) r.finite = false;
    // long double is IEEE double on this target: compare it as double.
    using bits = std::conditional_t<sizeof(T) == 4, float, double>;
    std::int64_t d = ordinal(bits(at_run_time[i])) - ordinal(bits(at_compile_time[i]));
    if (d < 0) d = -d;
    if (d > r.worst_ulp) r.worst_ulp = d;
  }
  return r;
}

}  // namespace

void elementary_check(elementary_report out[3]) {
  out[0] = check<float>("float");
#if CTGRAD_EMBEDDED_MATH_DOUBLE
  out[1] = check<double>("double");
#else
  out[1] = elementary_report{"double", false, 0, true, 0};
#endif
  out[2] = check<long double>("long double");
}
