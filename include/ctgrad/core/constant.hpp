#pragma once
// A compile-time constant: an exact rational held in the type, so 2, 1/2 and -1 simplify
// exactly and an expression made of constants and variables stays empty (sizeof == 1).

#include <ctgrad/core/rational.hpp>

#include <cstdint>

#include <type_traits>

namespace ctgrad {

/// The constant Num/Den. Only canonical forms exist (Den > 0, lowest terms), so equal values
/// have equal types; build one with `2_c`, `0.5_c`, `1_c / 3_c` or `c<1, 3>`.
template <std::intmax_t Num, std::intmax_t Den = 1>
requires(Den > 0 && detail::gcd(Num, Den) == 1) struct constant {
  static constexpr detail::rational value{Num, Den};

  /// The value in the scalar type T; exact whenever T can hold it.
  template <class T>
  static constexpr T as() {
    if constexpr (Den == 1)
      return static_cast<T>(Num);
    else
      return static_cast<T>(Num) / static_cast<T>(Den);
  }
};

namespace detail {

template <rational R>
struct checked_constant {
  static_assert(!R.overflowed, "ctgrad: exact constant arithmetic overflowed std::intmax_t");
  static_assert(R.overflowed || !R.divided_by_zero,
                "ctgrad: exact constant arithmetic divided by zero");
  using type = constant<R.num, R.den>;
};

}  // namespace detail

/// The constant type for a rational computed at compile time (normalised by make_rational).
template <detail::rational R>
using constant_of = typename detail::checked_constant<R>::type;

/// `c<1, 3>` is the exact constant 1/3.
template <std::intmax_t Num, std::intmax_t Den = 1>
inline constexpr constant_of<detail::make_rational(Num, Den)> c{};

// Concepts over classes, not variable templates or std::same_as, which g++ would name after
// every sub-term the simplifier looks at (core/make.hpp on names).
namespace detail {
template <class T>
struct constant_test : std::false_type {};
template <std::intmax_t N, std::intmax_t D>
struct constant_test<constant<N, D>> : std::true_type {};
}  // namespace detail

template <class T>
concept is_constant = detail::constant_test<std::remove_cvref_t<T>>::value;

/// True for the constant with value V (an integer).
template <class T, std::intmax_t V>
concept is_constant_value = std::is_same<T, constant<V, 1>>::value;

using zero = constant<0>;
using one = constant<1>;

}  // namespace ctgrad
