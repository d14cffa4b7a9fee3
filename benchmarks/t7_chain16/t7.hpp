#pragma once
// T7 with 16 layers (192 inputs): see ../t7_chain/t7.hpp.
#include "../t7_chain/t7.hpp"

BENCH_T7_TASK(16)
