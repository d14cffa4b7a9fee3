#pragma once
// Where value, gradient and Hessian entries go in a task's flat output (see task.hpp).
#include <cstddef>

namespace bench {

template <std::size_t N>
constexpr std::size_t gradient_at(std::size_t i) { return 1 + i; }

template <std::size_t N>
constexpr std::size_t hessian_at(std::size_t i, std::size_t j) { return 1 + N + i * N + j; }

}  // namespace bench
