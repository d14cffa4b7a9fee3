#pragma once
// Layer 4: fused programs.

#include <ctgrad/program/program.hpp>
