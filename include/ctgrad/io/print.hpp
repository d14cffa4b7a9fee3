#pragma once
// to_string(e) and to_latex(e): an expression printed at compile time into a fixed_string, so
// `static_assert(to_string(d(x * x, x)) == "2*x")` works. Operations print through their tags'
// notations; parentheses appear only where precedence needs them.

#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/fixed_string.hpp>
#include <ctgrad/core/operation.hpp>
#include <ctgrad/detail/decimal.hpp>
#include <ctgrad/ops/notation.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace ctgrad {
namespace detail {

/// Counts characters when out is null, writes them otherwise: one traversal serves sizing and
/// printing.
struct text_sink {
  char* out = nullptr;
  std::size_t length = 0;

  // A pointer loop: in constant evaluation each iterator call would cost as much as a copy.
  constexpr void put(std::string_view s) {
    if (out != nullptr) {
      const char* from = s.data();
      for (const char* end = from + s.size(); from != end; ++from) out[length++] = *from;
    } else {
      length += s.size();
    }
  }
  constexpr void put(std::intmax_t v) {
    if (out != nullptr)
      length = static_cast<std::size_t>(write_decimal(v, out + length) - out);
    else
      length += decimal_length(v);
  }
};

struct text_style {
  template <class Op>
  static constexpr const notation& of() {
    return Op::text;
  }
  static constexpr bool latex = false;
  static constexpr std::string_view open_paren = "(", close_paren = ")";
};
struct latex_style {
  template <class Op>
  static constexpr const notation& of() {
    return Op::latex;
  }
  static constexpr bool latex = true;
  static constexpr std::string_view open_paren = "\\left(", close_paren = "\\right)";
};

/// How node_of<Op, A...> prints: the tag's notation, or, for a tag whose spelling depends on its
/// operands' shapes (a product reading a vector as a column), its `notation_for<latex, A...>`.
template <class Style, class Op, class... A>
constexpr notation notation_of() {
  if constexpr (!printable_operation<Op, A...>) {
    static_assert(reject<error::operation_lacks_notation<Op>>,
                  "ctgrad: an operation tag needs `static constexpr notation text` and `latex` "
                  "(ops/notation.hpp), or a `notation_for<bool Latex, A...>()`, to be printed");
    return function_call("?(");  // a stand-in, after the one error
  } else if constexpr (requires { Op::template notation_for<Style::latex, A...>(); }) {
    return Op::template notation_for<Style::latex, A...>();
  } else {
    return Style::template of<Op>();
  }
}

/// An operand: put, in parentheses when its precedence is below what its position requires.
template <class Style>
constexpr void put_operand(text_sink& sink, bool parenthesise, void (*put)(text_sink&)) {
  if (parenthesise) sink.put(Style::open_paren);
  put(sink);
  if (parenthesise) sink.put(Style::close_paren);
}

/// How E prints in Style: the precedence it prints with, and put, which prints it. One class
/// per sub-term, with no helper templates, keeps printing cheap to compile.
template <class Style, class E>
struct printer {  // a symbol
  static constexpr int precedence = precedence::atom;
  static constexpr void put(text_sink& sink) { sink.put(E::name.view()); }
};

/// -2 is a negation, 1/2 and -1/2 are quotients (-1/2 reads as (-1)/2, so as a divisor it
/// needs parentheses like 1/2), 2 is an atom.
template <class Style, std::intmax_t N, std::intmax_t D>
struct printer<Style, constant<N, D>> {
  static constexpr int precedence =
      D != 1 ? precedence::product : (N < 0 ? precedence::unary : precedence::atom);

  static constexpr void put(text_sink& sink) {
    if (N < 0) sink.put("-");
    const std::intmax_t magnitude = N < 0 ? -N : N;
    if constexpr (D == 1) {
      sink.put(magnitude);
    } else if constexpr (Style::latex) {
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
};

template <class Style, class Op, std::uint64_t key, auto... a>
struct printer<Style, node<Op, key, a...>> {
  static constexpr notation form = notation_of<Style, Op, detail::type_of<a>...>();
  static constexpr int precedence = form.precedence;

  static constexpr void put(text_sink& sink) {
    sink.put(form.open);
    bool first = true;
    ((sink.put(first ? std::string_view{} : form.separator),
      put_operand<Style>(sink,
                         printer<Style, detail::type_of<a>>::precedence <
                             (first ? form.first_operand_min : form.other_operand_min),
                         printer<Style, detail::type_of<a>>::put),
      first = false),
     ...);
    sink.put(form.close);
  }
};

template <class Style, class E>
constexpr std::size_t printed_length() {
  text_sink counter;
  printer<Style, E>::put(counter);
  return counter.length;
}

template <class Style, class E>
constexpr auto print_to_string() {
  fixed_string<printed_length<Style, E>() + 1> result{};
  text_sink writer{result.data};
  printer<Style, E>::put(writer);
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
