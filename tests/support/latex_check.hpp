#pragma once
// Cheap checks of to_latex output, where reading LaTeX back would not be: braces and
// \left ... \right pairs balance, and every constant of the expression, the exponents of
// powers included, is printed with its sign.

#include <ctgrad/ctgrad.hpp>

#include <algorithm>
#include <array>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ctgrad_test {

/// The LaTeX of each constant in E, once per occurrence, as a compile-time array: a class per
/// sub-term, so checking compiles no code per sub-term.
template <class E>
struct latex_constants {  // a symbol
  static constexpr std::array<std::string_view, 0> all{};
};

template <std::intmax_t N, std::intmax_t D>
struct latex_constants<ctgrad::constant<N, D>> {
  static constexpr auto printed = ctgrad::to_latex(ctgrad::constant<N, D>{});
  static constexpr std::array all{printed.view()};
};

/// The constant exponent of a power tag, printed like a constant operand.
template <class Op>
struct exponent_constants {
  static constexpr std::array<std::string_view, 0> all{};
};
template <ctgrad::detail::rational P>
struct exponent_constants<ctgrad::op::power<P>> : latex_constants<ctgrad::constant_of<P>> {};

template <std::size_t... N>
constexpr auto joined(const std::array<std::string_view, N>&... parts) {
  std::array<std::string_view, (N + ... + 0)> out{};
  std::size_t i = 0;
  ((std::ranges::copy(parts, out.begin() + static_cast<std::ptrdiff_t>(i)), i += parts.size()), ...);
  return out;
}

template <class Op, std::uint64_t key, auto... a>
struct latex_constants<ctgrad::node<Op, key, a...>> {
  static constexpr auto all =
      joined(exponent_constants<Op>::all, latex_constants<ctgrad::detail::type_of<a>>::all...);
};

/// "" when latex is well formed and shows each of constants with its sign; else the fault.
inline std::string latex_fault(std::string_view latex, std::span<const std::string_view> constants) {
  int braces = 0;
  int delimiters = 0;
  for (std::size_t i = 0; i < latex.size(); ++i) {
    braces += latex[i] == '{' ? 1 : latex[i] == '}' ? -1 : 0;
    delimiters += latex.substr(i, 5) == "\\left" ? 1 : latex.substr(i, 6) == "\\right" ? -1 : 0;
    if (braces < 0) return "a } closes nothing";
    if (delimiters < 0) return "a \\right closes nothing";
  }
  if (braces != 0 || delimiters != 0) return "a { or \\left is not closed";

  // Longest first, and each match blanked out, so 2 is not found inside \frac{1}{2}.
  std::vector<std::string_view> sorted(constants.begin(), constants.end());
  std::ranges::sort(sorted, std::ranges::greater{}, &std::string_view::size);
  std::string rest(latex);
  const auto is_digit = [](char ch) { return ch >= '0' && ch <= '9'; };
  for (const std::string_view constant : sorted) {
    std::size_t at = rest.find(constant);
    for (; at != std::string::npos; at = rest.find(constant, at + 1)) {
      const char before = at == 0 ? ' ' : rest[at - 1];
      const std::size_t end = at + constant.size();
      const char after = end == rest.size() ? ' ' : rest[end];
      if (before != '-' && !is_digit(before) && !is_digit(after)) break;  // signed, whole
    }
    if (at == std::string::npos) return "the constant " + std::string(constant) + " is not printed as such";
    rest.replace(at, constant.size(), constant.size(), ' ');
  }
  return {};
}

}  // namespace ctgrad_test
