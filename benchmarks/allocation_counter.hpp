#pragma once
// Counts heap allocations in the benchmark process, so a run can show which evaluations
// allocate. With glibc it replaces malloc, calloc and realloc (forwarding to glibc's own), which
// sees every allocation, also those of a peer library's C code; elsewhere it counts the global
// operator new.

#include <cstddef>

namespace bench {
std::size_t allocations();
}
