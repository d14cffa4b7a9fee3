#pragma once
// Layer 3: the operations.

#include <ctgrad/ops/arithmetic.hpp>
#include <ctgrad/ops/broadcast.hpp>
#include <ctgrad/ops/elementary.hpp>
#include <ctgrad/ops/indexing.hpp>
#include <ctgrad/ops/linear_algebra.hpp>
#include <ctgrad/ops/losses.hpp>
#include <ctgrad/ops/reductions.hpp>
