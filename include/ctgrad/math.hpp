// ctgrad/math.hpp -- the constexpr elementary-function layer, all of it.
//
// ctgrad::math::{exp, log, sqrt, sin, cos, tanh, pow}: identical to <cmath> at run time,
// usable in constant evaluation.  See docs/math.md.
#ifndef CTGRAD_MATH_HPP
#define CTGRAD_MATH_HPP

#include <ctgrad/math/exp.hpp>
#include <ctgrad/math/log.hpp>
#include <ctgrad/math/pow.hpp>
#include <ctgrad/math/sqrt.hpp>
#include <ctgrad/math/tanh.hpp>
#include <ctgrad/math/trig.hpp>

#endif  // CTGRAD_MATH_HPP
