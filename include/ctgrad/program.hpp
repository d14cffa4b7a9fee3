#pragma once
// Layer 4: fused programs.

#include <ctgrad/program/program.hpp>
#include <ctgrad/program/schedule.hpp>
