#pragma once
// Layer 6: fused programs.

#include <ctgrad/program/program.hpp>
