#pragma once
// Version and the few portability switches every ctgrad header relies on.

#define CTGRAD_VERSION_MAJOR 0
#define CTGRAD_VERSION_MINOR 1
#define CTGRAD_VERSION_PATCH 0

// The evaluation steps of a fused program must inline into one function body: clang otherwise
// leaves a call per step and loses about 3x on small programs (measured, see docs/design.md).
#define CTGRAD_INLINE [[gnu::always_inline]] inline
