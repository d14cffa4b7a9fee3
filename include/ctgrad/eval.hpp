#pragma once
// Layer 5: evaluation with bindings.

#include <ctgrad/eval/bindings.hpp>
#include <ctgrad/eval/eval.hpp>
