#pragma once
// to_string(e) and to_latex(e): an expression printed at compile time into a fixed_string, so
// `static_assert(to_string(d(x * x, x)) == "2*x")` works. Operations print through their tags'
// notations; parentheses appear only where precedence needs them.

#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/fixed_string.hpp>
#include <ctgrad/detail/decimal.hpp>
#include <ctgrad/ops/notation.hpp>

#include <cstddef>
#include <string_view>

namespace ctgrad {
namespace detail {

/// Counts characters when out is null, writes them otherwise: one traversal serves sizing and
/// printing.
struct text_sink {
  char* out = nullptr;
  std::size_t length = 0;

  constexpr void put(std::string_view s) {
    if (out != nullptr)
      for (char ch : s) out[length++] = ch;
    else length += s.size();
  }
  constexpr void put(std::intmax_t v) {
    if (out != nullptr) length = static_cast<std::size_t>(write_decimal(v, out + length) - out);
    else length += decimal_length(v);
  }
};

struct text_style {
  template <class Op>
  static constexpr const notation& of() { return Op::text; }
  static constexpr bool latex = false;
  static constexpr std::string_view open_paren = "(", close_paren = ")";
};
struct latex_style {
  template <class Op>
  static constexpr const notation& of() { return Op::latex; }
  static constexpr bool latex = true;
  static constexpr std::string_view open_paren = "\\left(", close_paren = "\\right)";
};

template <class Style, std::intmax_t N, std::intmax_t D>
constexpr void print_constant(text_sink& sink, constant<N, D>) {
  const std::intmax_t magnitude = N < 0 ? -N : N;
  if (N < 0) sink.put("-");
  if constexpr (D == 1) {
    sink.put(magnitude);
  } else if constexpr (std::is_same_v<Style, latex_style>) {
    sink.put("\\frac{");
    sink.put(magnitude);
    sink.put("}{");
    sink.put(D);
    sink.put("}");
  } else {
    sink.put(magnitude);
    sink.put("/");
    sink.put(D);
  }
}

/// How node<Op, A...> prints: the tag's notation, or, for a tag whose spelling depends on its
/// operands' shapes (a product reading a vector as a column), its `notation_for<latex, A...>`.
template <class Style, class Op, class... A>
constexpr notation notation_of() {
  if constexpr (requires { Op::template notation_for<Style::latex, A...>(); })
    return Op::template notation_for<Style::latex, A...>();
  else return Style::template of<Op>();
}

/// The precedence e prints with: -2 is a negation, 1/2 and -1/2 quotients (-1/2 reads as
/// (-1)/2, so as a divisor it needs parentheses like 1/2), 2 an atom.
template <class Style, class E>
constexpr int precedence_of() {
  if constexpr (is_node<E>) {
    return []<class Op, class... A>(node<Op, A...>) { return notation_of<Style, Op, A...>().precedence; }(E{});
  }
  else if constexpr (is_constant<E>) {
    if constexpr (E::value.den != 1) return precedence::product;
    else return E::value.num < 0 ? precedence::unary : precedence::atom;
  } else return precedence::atom;
}

template <class Style, class E>
constexpr void print(text_sink& sink, E e, int least_precedence) {
  const bool parenthesise = precedence_of<Style, E>() < least_precedence;
  if (parenthesise) sink.put(Style::open_paren);
  if constexpr (is_constant<E>) {
    print_constant<Style>(sink, e);
  } else if constexpr (is_symbol<E>) {
    sink.put(E::name.view());
  } else {
    [&sink]<class Op, class... A>(node<Op, A...>) {
      constexpr notation n = notation_of<Style, Op, A...>();
      sink.put(n.open);
      std::size_t i = 0;
      ((sink.put(i == 0 ? std::string_view{} : n.separator),
        print<Style>(sink, A{}, i++ == 0 ? n.first_operand_min : n.other_operand_min)),
       ...);
      sink.put(n.close);
    }(e);
  }
  if (parenthesise) sink.put(Style::close_paren);
}

template <class Style, class E>
constexpr std::size_t printed_length() {
  text_sink counter;
  print<Style>(counter, E{}, 0);
  return counter.length;
}

template <class Style, class E>
constexpr auto print_to_string() {
  fixed_string<printed_length<Style, E>() + 1> result{};
  text_sink writer{result.data};
  print<Style>(writer, E{}, 0);
  return result;
}

}  // namespace detail

/// e as plain text: "4*exp(x^2)^2*x". A fixed_string, comparable in a static_assert.
template <expression E>
constexpr auto to_string(E) {
  return detail::print_to_string<detail::text_style, E>();
}

/// e as LaTeX: "4 \cdot {\left(e^{{x}^{2}}\right)}^{2} \cdot x".
template <expression E>
constexpr auto to_latex(E) {
  return detail::print_to_string<detail::latex_style, E>();
}

}  // namespace ctgrad
