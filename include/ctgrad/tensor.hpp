#pragma once
// Layer 7: fixed-size tensor values.

#include <ctgrad/tensor/tensor.hpp>
