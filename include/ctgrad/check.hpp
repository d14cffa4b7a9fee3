#pragma once
// Layer 8: numerical checks of derivatives.

#include <ctgrad/check/central_difference.hpp>
#include <ctgrad/check/check_gradient.hpp>
#include <ctgrad/check/near.hpp>
