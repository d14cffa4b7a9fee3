#pragma once
// ctgrad: compile-time symbolic differentiation. Including this header brings every layer;
// each layer's header also stands alone.

#include <ctgrad/config.hpp>

#include <ctgrad/check.hpp>
#include <ctgrad/core.hpp>
#include <ctgrad/diff.hpp>
#include <ctgrad/eval.hpp>
#include <ctgrad/io.hpp>
#include <ctgrad/math.hpp>
#include <ctgrad/ops.hpp>
#include <ctgrad/program.hpp>
#include <ctgrad/tensor.hpp>
#include <ctgrad/train.hpp>
