#pragma once
// Layer 4: derivatives as expressions.

#include <ctgrad/diff/derivative.hpp>
#include <ctgrad/diff/grad.hpp>
#include <ctgrad/diff/simplify.hpp>
