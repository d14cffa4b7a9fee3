#pragma once
// Moving the tensor tasks' flat parameter arrays in and out of ctgrad: each parameter is bound
// as a tensor copied from its slice of the input, and each gradient is copied to its slice of
// the output. (Every other system copies its inputs into its own number type as well.)
#include <ctgrad/tensor/tensor.hpp>

#include <array>
#include <cstddef>

namespace bench {

template <std::size_t... Dims, std::size_t N>
constexpr ctgrad::tensor<double, Dims...> slice(const std::array<double, N>& p, std::size_t offset) {
  ctgrad::tensor<double, Dims...> t;
  for (std::size_t i = 0; i < t.size; ++i) t.elements[i] = p[offset + i];
  return t;
}

template <std::size_t N, class V>
constexpr void put(std::array<double, N>& out, std::size_t offset, const V& value) {
  if constexpr (ctgrad::is_tensor<V>) {
    for (std::size_t i = 0; i < V::size; ++i) out[offset + i] = value.elements[i];
  } else {
    out[offset] = value;
  }
}

}  // namespace bench
