#pragma once
// Training helpers: gradient-descent updates.

#include <ctgrad/train/sgd.hpp>
