#pragma once
// Layer 2: the operations.

#include <ctgrad/ops/arithmetic.hpp>
#include <ctgrad/ops/elementary.hpp>
