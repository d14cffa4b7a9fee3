#pragma once
// Every elementary function of ctgrad, instantiated on the target: proves that the headers
// build and link against newlib's <cmath>, and compares the run-time values (newlib) with the
// same program evaluated at compile time (ctgrad::math's constexpr path, which on this target
// works in long double = IEEE double).

struct elementary_report {
  const char* type;     // "float", "double", "long double"
  bool built;           // false: this type was left out of the build (see below)
  int outputs;          // values: f, df/dx, df/dy
  bool finite;          // every run-time value is finite
  long long worst_ulp;  // largest distance between compile-time and run-time values, in ulp
};

/// Fills one report per floating-point type. double is built only when
/// CTGRAD_EMBEDDED_MATH_DOUBLE is 1: with the Arm toolchain (long double = double),
/// ctgrad::math's exp, log, sin, cos, tanh and pow do not compile in double (README.md,
/// "Found"); run.sh probes for that and sets the macro when they do.
void elementary_check(elementary_report out[3]);
