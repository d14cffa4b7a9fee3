#pragma once
// A fixture for the layering test, never compiled: core must not include tensor.
#include <ctgrad/tensor/tensor.hpp>
