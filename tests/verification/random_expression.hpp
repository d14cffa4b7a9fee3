#pragma once
// A seeded generator of random scalar expressions at compile time. The seed, the depth, the
// number of variables and the mix of operations are template parameters; every operation is
// wrapped so its argument stays inside its domain for any real input (log and sqrt see
// u^2 + c, divisors are v^2 + 1 or a nonzero constant, pow has a positive base). Constants
// are random rationals of both signs, integers and fractions, and reach every position a
// constant can print in: operands, divisors, bases, exponents, function arguments.

#include <ctgrad/ctgrad.hpp>

#include <cstdint>
#include <type_traits>

namespace ctgrad_test {

using namespace ctgrad;

inline constexpr auto x = var<"x">;
inline constexpr auto y = var<"y">;
inline constexpr auto z = var<"z">;

/// SplitMix64: a cheap, well-mixed step usable in constant evaluation.
constexpr std::uint64_t next_random(std::uint64_t s) {
  s += 0x9e3779b97f4a7c15ULL;
  s = (s ^ (s >> 30)) * 0xbf58476d1ce4e5b9ULL;
  s = (s ^ (s >> 27)) * 0x94d049bb133111ebULL;
  return s ^ (s >> 31);
}

enum operation_kind : unsigned {
  add_kind, subtract_kind, multiply_kind, divide_kind, negate_kind, square_kind, cube_kind,
  cube_root_kind, pow_kind, exp_kind, log_kind, sqrt_kind, sin_kind, cos_kind, tanh_kind,
  sigmoid_kind, relu_kind, abs_kind, operation_kinds
};

/// Which operations the generator may use: bit k enables operation_kind k.
struct operation_mix {
  std::uint32_t enabled = (1u << operation_kinds) - 1;

  constexpr unsigned count() const {
    unsigned n = 0;
    for (unsigned k = 0; k < operation_kinds; ++k) n += (enabled >> k) & 1u;
    return n;
  }
  /// The i-th enabled operation.
  constexpr unsigned pick(unsigned i) const {
    for (unsigned k = 0; k < operation_kinds; ++k)
      if (((enabled >> k) & 1u) && i-- == 0) return k;
    return add_kind;
  }
};

inline constexpr operation_mix all_operations{};
inline constexpr operation_mix smooth_operations{all_operations.enabled &
                                                 ~((1u << relu_kind) | (1u << abs_kind))};

/// A nonzero rational: numerator 1 to 5 of either sign, denominator 1 to 4 (about a third
/// come out integers).
template <std::uint64_t R>
constexpr auto random_constant() {
  constexpr std::intmax_t numerator = 1 + static_cast<std::intmax_t>((R >> 4) % 5);
  constexpr std::intmax_t denominator = 1 + static_cast<std::intmax_t>((R >> 7) % 4);
  return c<(R >> 3) % 2 == 0 ? numerator : -numerator, denominator>;
}

template <std::uint64_t R, int Variables>
constexpr auto random_leaf() {
  if constexpr (R % 5 == 0) {
    return random_constant<R>();
  } else if constexpr ((R >> 5) % Variables == 0) {
    return x;
  } else if constexpr ((R >> 5) % Variables == 1) {
    return y;
  } else {
    return z;
  }
}

/// A random expression of at most Depth levels of operations; at the root, always an
/// operation.
template <std::uint64_t Seed, int Depth, int Variables, operation_mix Mix = all_operations,
          bool Root = true>
constexpr auto random_expression() {
  constexpr std::uint64_t r = next_random(Seed);
  if constexpr (Depth == 0 || (!Root && r % 7 == 0)) {
    return random_leaf<r, Variables>();
  } else {
    constexpr unsigned kind = Mix.pick(static_cast<unsigned>((r >> 11) % Mix.count()));
    constexpr auto a = random_expression<next_random(r ^ 0x1234), Depth - 1, Variables, Mix, false>();
    constexpr auto b = random_expression<next_random(r ^ 0xabcd), Depth - 1, Variables, Mix, false>();
    // A constant b is a divisor and an exponent as it is; a constant a stays under unary
    // minus and as a base of a power, where the operators would fold it.
    using A = std::remove_const_t<decltype(a)>;
    using B = std::remove_const_t<decltype(b)>;
    if constexpr (kind == add_kind) return a + b;
    else if constexpr (kind == subtract_kind) return a - b;
    else if constexpr (kind == multiply_kind) return a * b;
    else if constexpr (kind == divide_kind && is_constant<B>) return a / b;
    else if constexpr (kind == divide_kind) return a / (square(b) + 1_c);
    else if constexpr (kind == negate_kind) return node_of<op::negate, A>{};
    else if constexpr (kind == square_kind) return node_of<op::power<detail::rational{2, 1}>, A>{};
    else if constexpr (kind == cube_kind) return node_of<op::power<detail::rational{3, 1}>, A>{};
    else if constexpr (kind == cube_root_kind) return pow(square(a) + 1_c, c<1, 3>);
    else if constexpr (kind == pow_kind && is_constant<B>) return pow(square(a) + 0.5_c, b);
    else if constexpr (kind == pow_kind) return pow(square(a) + 0.5_c, sin(b));
    else if constexpr (kind == exp_kind) return exp(sin(a) + b / (square(b) + 1_c));
    else if constexpr (kind == log_kind) return log(square(a) + 0.5_c);
    else if constexpr (kind == sqrt_kind) return sqrt(square(a) + 0.25_c);
    else if constexpr (kind == sin_kind) return sin(a);
    else if constexpr (kind == cos_kind) return cos(a);
    else if constexpr (kind == tanh_kind) return tanh(a);
    else if constexpr (kind == sigmoid_kind) return sigmoid(a);
    else if constexpr (kind == relu_kind) return relu(a);
    else return abs(a);
  }
}

/// The expression number Index of the test population: 1 to 3 variables, depth 2 to 4.
template <std::uint64_t Index>
constexpr auto population_member() {
  constexpr std::uint64_t seed = next_random(Index * 0x5851f42d4c957f2dULL + 1);
  constexpr int variables = 1 + static_cast<int>(Index % 3);
  constexpr int depth = 2 + static_cast<int>((Index / 3) % 3);
  return random_expression<seed, depth, variables>();
}

}  // namespace ctgrad_test
