#pragma once
// Counts every global operator new in the benchmark process, so a run can show that ctgrad's
// evaluations allocate nothing.

#include <cstddef>

namespace bench {
std::size_t allocations();
}
