#pragma once
// A reader of to_string's text form, independent of the library: it parses the grammar in
// docs/getting_started.md ("The printed text form") and evaluates with <cmath>, so a printed
// form that does not mean its expression reads back to a different number. Text outside the
// grammar (x^y^z, a stray space, an unknown name) is an error rather than a guess.

#include <cmath>
#include <cstdint>
#include <limits>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>

namespace ctgrad_test {

/// The value the reader gives a variable's name.
struct named_value {
  std::string_view name;
  double value;
};

/// Text that is not a sentence of the grammar.
struct unreadable_text : std::runtime_error {
  using std::runtime_error::runtime_error;
};

/// Recursive descent, one function per grammar rule, evaluating as it parses.
class text_reader {
 public:
  text_reader(std::string_view text, std::span<const named_value> values)
      : text_(text), values_(values) {}

  double read() {
    const double value = sum();
    if (at_ != text_.size()) fail("unexpected text");
    return value;
  }

 private:
  // sum := product ((" + " | " - ") product)*, left to right
  double sum() {
    double value = product();
    for (;;) {
      if (take(" + ")) value += product();
      else if (take(" - ")) value -= product();
      else return value;
    }
  }

  // product := unary (("*" | "/") unary)*, left to right
  double product() {
    double value = unary();
    for (;;) {
      if (take("*")) value *= unary();
      else if (take("/")) value /= unary();
      else return value;
    }
  }

  // unary := "-" power | power
  double unary() { return take("-") ? -power() : power(); }

  // power := primary ("^" primary)?, so x^y^z is not a sentence
  double power() {
    const double base = primary();
    return take("^") ? std::pow(base, primary()) : base;
  }

  // primary := integer | name | name "(" sum ")" | "(" sum ")"
  double primary() {
    if (take("(")) {
      const double value = sum();
      expect(")");
      return value;
    }
    if (at_ < text_.size() && is_digit(text_[at_])) return integer();
    const std::string_view name = identifier();
    if (!take("(")) return value_of(name);
    const double argument = sum();
    expect(")");
    return apply(name, argument);
  }

  double integer() {
    std::intmax_t n = 0;
    while (at_ < text_.size() && is_digit(text_[at_])) {
      if (n > (std::numeric_limits<std::intmax_t>::max() - 9) / 10) fail("integer too long");
      n = 10 * n + (text_[at_++] - '0');
    }
    return static_cast<double>(n);
  }

  std::string_view identifier() {
    const std::size_t start = at_;
    while (at_ < text_.size() && (is_letter(text_[at_]) || (at_ > start && is_digit(text_[at_]))))
      ++at_;
    if (at_ == start) fail("expected a number, a name or (");
    return text_.substr(start, at_ - start);
  }

  double value_of(std::string_view name) const {
    for (const named_value& v : values_)
      if (v.name == name) return v.value;
    fail("no value for " + std::string(name));
  }

  // The scalar functions by their textbook definitions.
  double apply(std::string_view name, double a) const {
    if (name == "exp") return std::exp(a);
    if (name == "log") return std::log(a);
    if (name == "sqrt") return std::sqrt(a);
    if (name == "sin") return std::sin(a);
    if (name == "cos") return std::cos(a);
    if (name == "tanh") return std::tanh(a);
    if (name == "sigmoid") return 1 / (1 + std::exp(-a));
    if (name == "relu") return a > 0 ? a : 0;
    if (name == "abs") return std::fabs(a);
    if (name == "step") return a > 0 ? 1 : 0;
    if (name == "sign") return a > 0 ? 1 : (a < 0 ? -1 : 0);
    fail("unknown function " + std::string(name));
  }

  bool take(std::string_view token) {
    if (text_.substr(at_, token.size()) != token) return false;
    at_ += token.size();
    return true;
  }
  void expect(std::string_view token) {
    if (!take(token)) fail("expected " + std::string(token));
  }
  [[noreturn]] void fail(const std::string& what) const {
    throw unreadable_text(what + " at offset " + std::to_string(at_) + " of \"" +
                          std::string(text_) + "\"");
  }

  static bool is_digit(char ch) { return ch >= '0' && ch <= '9'; }
  static bool is_letter(char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_'; }

  std::string_view text_;
  std::span<const named_value> values_;
  std::size_t at_ = 0;
};

/// The value of printed text with the given variable values; throws unreadable_text.
inline double read_back(std::string_view text, std::span<const named_value> values) {
  return text_reader(text, values).read();
}

}  // namespace ctgrad_test
