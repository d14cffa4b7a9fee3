#pragma once
// Layer 2: fixed-size tensor values.

#include <ctgrad/tensor/tensor.hpp>
