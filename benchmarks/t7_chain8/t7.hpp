#pragma once
// T7 with 8 layers (96 inputs): see ../t7_chain/t7.hpp.
#include "../t7_chain/t7.hpp"

BENCH_T7_TASK(8)
