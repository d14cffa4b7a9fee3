#pragma once
// Integers and fractions spelled at compile time, for printing constants and exponents.

#include <ctgrad/core/fixed_string.hpp>

#include <cstdint>

namespace ctgrad::detail {

constexpr std::size_t decimal_length(std::intmax_t v) {
  std::size_t n = v < 0 ? 2 : 1;
  for (; v <= -10 || v >= 10; v /= 10) ++n;
  return n;
}

/// Writes v's digits (with '-' if negative) at out; returns the position after them.
constexpr char* write_decimal(std::intmax_t v, char* out) {
  const std::size_t n = decimal_length(v);
  if (v < 0) *out = '-';
  char* digit = out + n;
  do {
    const auto r = v % 10;
    *--digit = static_cast<char>('0' + (r < 0 ? -r : r));
    v /= 10;
  } while (v != 0);
  return out + n;
}

/// Concatenation of compile-time strings.
template <std::size_t... N>
constexpr auto concat(const fixed_string<N>&... parts) {
  fixed_string<(N + ... + 1) - sizeof...(N)> out{};
  char* p = out.data;
  ((p =
        [&](const auto& s) {
          for (std::size_t i = 0; i < s.size(); ++i) *p++ = s.data[i];
          return p;
        }(parts)),
   ...);
  return out;
}

template <std::intmax_t V>
constexpr auto decimal() {
  fixed_string<decimal_length(V) + 1> out{};
  write_decimal(V, out.data);
  return out;
}

}  // namespace ctgrad::detail
