#pragma once
// The `_c` suffix: 2_c, 0.5_c, 1.25e-3_c are exact rationals (0.5_c is 1/2, not the double
// nearest 0.5). Write 1/3 as `1_c / 3_c` or `c<1, 3>`.

#include <ctgrad/core/constant.hpp>

#include <cstddef>
#include <cstdint>

namespace ctgrad {
namespace detail {

template <char... Cs>
consteval bool is_decimal_literal() {
  constexpr char text[] = {Cs...};
  bool in_exponent = false;
  for (char ch : text) {
    const bool digit = ch >= '0' && ch <= '9';
    if (ch == 'e' || ch == 'E')
      in_exponent = true;
    else if (!digit && ch != '\'' && ch != '.' && !(in_exponent && (ch == '-' || ch == '+')))
      return false;
  }
  return true;
}

template <char... Cs>
consteval rational parse_decimal_literal() {
  constexpr char text[] = {Cs...};
  rational mantissa{0, 1};
  rational scale{1, 1};
  bool after_point = false;
  std::size_t i = 0;
  for (; i < sizeof...(Cs); ++i) {
    const char ch = text[i];
    if (ch == '\'') continue;
    if (ch == '.') {
      after_point = true;
      continue;
    }
    if (ch == 'e' || ch == 'E') break;
    mantissa = mantissa * rational{10, 1} + rational{ch - '0', 1};
    if (after_point) scale = scale * rational{10, 1};
  }
  std::intmax_t exponent = 0;
  bool negative_exponent = false;
  for (++i; i < sizeof...(Cs); ++i) {
    const char ch = text[i];
    if (ch == '-')
      negative_exponent = true;
    else if (ch == '+' || ch == '\'')
      continue;
    else
      exponent = exponent * 10 + (ch - '0');
  }
  return mantissa / scale *
         integer_power(rational{10, 1}, negative_exponent ? -exponent : exponent);
}

}  // namespace detail

inline namespace literals {

/// `0.5_c` is the exact constant 1/2. constexpr rather than consteval: clang 14 fails to emit
/// consteval literal operators used inside templates (undefined references at link time).
template <char... Cs>
constexpr auto operator""_c() {
  static_assert(detail::is_decimal_literal<Cs...>(),
                "ctgrad: the _c suffix takes decimal literals only (2_c, 0.5_c, 1.5e-3_c)");
  if constexpr (detail::is_decimal_literal<Cs...>()) {
    constexpr detail::rational value = detail::parse_decimal_literal<Cs...>();
    return constant_of<value>{};
  } else {
    return zero{};
  }
}

}  // namespace literals
}  // namespace ctgrad
