#include "allocation_counter.hpp"

#include <atomic>
#include <cstdlib>
#include <new>

namespace {
constinit std::atomic<std::size_t> count{0};
void counted() { count.fetch_add(1, std::memory_order_relaxed); }
}  // namespace

std::size_t bench::allocations() { return count.load(std::memory_order_relaxed); }

#if defined(__GLIBC__)
// glibc documents replacing malloc this way ("Replacing malloc"): the program defines malloc,
// free, calloc and realloc; memalign and friends stay glibc's, which share its heap.
extern "C" {
void* __libc_malloc(std::size_t);
void* __libc_calloc(std::size_t, std::size_t);
void* __libc_realloc(void*, std::size_t);
void __libc_free(void*);

void* malloc(std::size_t size) noexcept {
  counted();
  return __libc_malloc(size);
}
void* calloc(std::size_t n, std::size_t size) noexcept {
  counted();
  return __libc_calloc(n, size);
}
void* realloc(void* p, std::size_t size) noexcept {
  counted();
  return __libc_realloc(p, size);
}
void free(void* p) noexcept { __libc_free(p); }
}
#define BENCH_COUNT_NEW()
#else
#define BENCH_COUNT_NEW() counted()
#endif

void* operator new(std::size_t size) {
  BENCH_COUNT_NEW();
  if (void* p = std::malloc(size == 0 ? 1 : size)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size) { return operator new(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
