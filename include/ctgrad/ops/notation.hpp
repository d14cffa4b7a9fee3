#pragma once
// How an operation is printed, as data: the printer in io/ walks the tree and asks each tag for
// its notation, so adding an operation never touches the printer.

#include <string_view>

namespace ctgrad {

/// Binding strength of printed forms; an operand printed with a lower precedence than its
/// position requires gets parentheses.
namespace precedence {
inline constexpr int sum = 1;
inline constexpr int product = 2;
inline constexpr int unary = 3;
inline constexpr int power = 4;
inline constexpr int atom = 100;
}  // namespace precedence

/// open operand0 separator operand1 ... close
struct notation {
  std::string_view open;
  std::string_view separator;
  std::string_view close;
  int precedence = precedence::atom;
  int first_operand_min = 0;  ///< least precedence the first operand may have unparenthesised
  int other_operand_min = 0;  ///< the same for the remaining operands
};

/// `name(a, b)`: operands never need parentheses.
constexpr notation function_call(std::string_view open_with_name) {
  return {open_with_name, ", ", ")", precedence::atom, 0, 0};
}

/// `a op b`; an associative operation lets a right operand of its own precedence go bare.
constexpr notation infix(std::string_view op, int prec, bool associative) {
  return {"", op, "", prec, prec, associative ? prec : prec + 1};
}

/// A LaTeX form that delimits its operands itself (`\sqrt{a}`, `\frac{a}{b}`).
constexpr notation latex_delimited(std::string_view open, std::string_view separator,
                                   std::string_view close, int prec = precedence::atom) {
  return {open, separator, close, prec, 0, 0};
}

}  // namespace ctgrad
