#pragma once
// A string usable as a template argument and built in constant evaluation: variable names are
// fixed_strings, and so are printed expressions, so `to_string(e) == "2*x"` works in a
// static_assert.

#include <cstddef>
#include <string_view>

namespace ctgrad {

/// N counts the terminating '\0', as for the string literal the string is deduced from.
template <std::size_t N>
struct fixed_string {
  char data[N]{};

  constexpr fixed_string() = default;
  constexpr fixed_string(const char (&text)[N]) {  // NOLINT(google-explicit-constructor)
    for (std::size_t i = 0; i < N; ++i) data[i] = text[i];
  }

  static constexpr std::size_t size() { return N - 1; }
  [[nodiscard]] constexpr const char* c_str() const { return data; }
  [[nodiscard]] constexpr std::string_view view() const { return {data, N - 1}; }
  constexpr operator std::string_view() const { return view(); }  // NOLINT

  template <std::size_t M>
  friend constexpr bool operator==(const fixed_string& a, const fixed_string<M>& b) {
    return a.view() == b.view();
  }
  template <std::size_t M>
  friend constexpr bool operator==(const fixed_string& a, const char (&b)[M]) {
    return a.view() == std::string_view(b, M - 1);
  }
};

}  // namespace ctgrad
