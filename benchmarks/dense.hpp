#pragma once
// What the small neural-network tasks (T2, T3, T5, T7) share: fixed data generated at compile
// time, where each layer's parameters sit in the flat input, and the generic building blocks
// their functions are written with (templates over the scalar type, elementary functions found
// by argument-dependent lookup, as the operator-overloading libraries' docs write user code).

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>

namespace bench {

template <std::size_t Rows, std::size_t Cols>
using matrix = std::array<std::array<double, Cols>, Rows>;

// Rows x Cols values in [lo, hi), drawn at compile time from a 64-bit linear congruential
// generator started at `seed`: fixed data that is neither symmetric nor sparse.
template <std::size_t Rows, std::size_t Cols>
constexpr matrix<Rows, Cols> seeded(std::uint64_t seed, double lo, double hi) {
  matrix<Rows, Cols> m{};
  std::uint64_t state = seed;
  for (auto& row : m)
    for (double& v : row) {
      state = state * 6364136223846793005u + 1442695040888963407u;
      v = lo + (hi - lo) * static_cast<double>(state >> 11) * 0x1p-53;
    }
  return m;
}

// A dense layer y = x·W (+ b) whose parameters are part of the flat input: W (In x Out,
// row-major) starting at `offset`, then b (Out) when the layer has a bias.
template <std::size_t In, std::size_t Out, bool Bias = true>
struct dense {
  std::size_t offset;

  static constexpr std::size_t inputs = In, outputs = Out;
  static constexpr std::size_t size = In * Out + (Bias ? Out : 0);

  constexpr std::size_t weight(std::size_t i, std::size_t j) const { return offset + i * Out + j; }
  constexpr std::size_t bias(std::size_t j) const { return offset + In * Out + j; }
  constexpr std::size_t end() const { return offset + size; }

  // x·W (+ b) for one row x (data or activations), W and b read from the parameters p.
  template <class X, class T, std::size_t N>
  std::array<T, Out> operator()(const std::array<X, In>& x, const std::array<T, N>& p) const {
    static_assert(size <= N);
    std::array<T, Out> y;
    for (std::size_t j = 0; j < Out; ++j) {
      T s(x[0] * p[weight(0, j)]);
      for (std::size_t i = 1; i < In; ++i) s += x[i] * p[weight(i, j)];
      if constexpr (Bias) s += p[bias(j)];
      y[j] = s;
    }
    return y;
  }
};

template <class T>
T sigmoid(const T& a) {
  using std::exp;
  return 1.0 / (1.0 + exp(-a));
}

}  // namespace bench
