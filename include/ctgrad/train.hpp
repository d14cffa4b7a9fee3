#pragma once
// Layer 9: training helpers, gradient-descent updates.

#include <ctgrad/train/sgd.hpp>
