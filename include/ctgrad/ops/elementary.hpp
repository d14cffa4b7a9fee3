#pragma once
// The elementary functions: exp, log, sqrt, sin, cos, tanh, sigmoid, relu, abs, pow with an
// expression exponent, and the step and sign functions that relu and abs differentiate to.

#include <ctgrad/config.hpp>
#include <ctgrad/core/constant.hpp>
#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/make.hpp>
#include <ctgrad/ops/arithmetic.hpp>
#include <ctgrad/ops/notation.hpp>
#include <ctgrad/ops/scalar_functions.hpp>

#include <cstddef>
#include <type_traits>

namespace ctgrad {
namespace op {

/// e^a.  d(e^a) = e^a da
struct exp {
  static constexpr notation text = function_call("exp(");
  static constexpr notation latex = latex_delimited("e^{", "", "}", precedence::power);
  template <class T>
  CTGRAD_INLINE static constexpr T apply(const T& a) {
    return scalar::exp(a);
  }
  template <std::size_t I, class A>
  static constexpr detail::made_t<exp, A> partial(A) {
    return {};
  }
  template <class A>
  struct simplified {
    using type = std::conditional_t<is_constant_value<A, 0>, one, node_of<exp, A>>;
  };
};

/// Natural logarithm.  d(log a) = da / a
struct log {
  static constexpr notation text = function_call("log(");
  static constexpr notation latex = latex_delimited("\\log\\left(", "", "\\right)");
  template <class T>
  CTGRAD_INLINE static constexpr T apply(const T& a) {
    return scalar::log(a);
  }
  template <std::size_t I, class A>
  static constexpr detail::made_t<divide, one, A> partial(A) {
    return {};
  }
  template <class A>
  struct simplified {
    using type = std::conditional_t<is_constant_value<A, 1>, zero, node_of<log, A>>;
  };
};

/// Square root.  d(sqrt a) = da / (2 sqrt a)
struct sqrt {
  static constexpr notation text = function_call("sqrt(");
  static constexpr notation latex = latex_delimited("\\sqrt{", "", "}");
  template <class T>
  CTGRAD_INLINE static constexpr T apply(const T& a) {
    return scalar::sqrt(a);
  }
  template <std::size_t I, class A>
  static constexpr detail::made_t<divide, one,
                                  detail::made_t<multiply, constant<2>, detail::made_t<sqrt, A>>>
  partial(A) {
    return {};
  }
  template <class A>
  struct simplified {
    using type =
        std::conditional_t<is_constant_value<A, 0> || is_constant_value<A, 1>, A, node_of<sqrt, A>>;
  };
};

struct cos;

/// Sine.  d(sin a) = cos a da
struct sin {
  static constexpr notation text = function_call("sin(");
  static constexpr notation latex = latex_delimited("\\sin\\left(", "", "\\right)");
  template <class T>
  CTGRAD_INLINE static constexpr T apply(const T& a) {
    return scalar::sin(a);
  }
  template <std::size_t I, class A>
  static constexpr detail::made_t<cos, A> partial(A) {
    return {};
  }
  template <class A>
  struct simplified {
    using type = std::conditional_t<is_constant_value<A, 0>, zero, node_of<sin, A>>;
  };
};

/// Cosine.  d(cos a) = -sin a da
struct cos {
  static constexpr notation text = function_call("cos(");
  static constexpr notation latex = latex_delimited("\\cos\\left(", "", "\\right)");
  template <class T>
  CTGRAD_INLINE static constexpr T apply(const T& a) {
    return scalar::cos(a);
  }
  template <std::size_t I, class A>
  static constexpr detail::made_t<negate, detail::made_t<sin, A>> partial(A) {
    return {};
  }
  template <class A>
  struct simplified {
    using type = std::conditional_t<is_constant_value<A, 0>, one, node_of<cos, A>>;
  };
};

/// Hyperbolic tangent.  d(tanh a) = (1 - tanh(a)^2) da
struct tanh {
  static constexpr notation text = function_call("tanh(");
  static constexpr notation latex = latex_delimited("\\tanh\\left(", "", "\\right)");
  template <class T>
  CTGRAD_INLINE static constexpr T apply(const T& a) {
    return scalar::tanh(a);
  }
  template <std::size_t I, class A>
  static constexpr detail::made_t<
      subtract, one, detail::made_t<power<detail::rational{2, 1}>, detail::made_t<tanh, A>>>
  partial(A) {
    return {};
  }
  template <class A>
  struct simplified {
    using type = std::conditional_t<is_constant_value<A, 0>, zero, node_of<tanh, A>>;
  };
};

/// The logistic function 1 / (1 + e^-a).  d(sigmoid a) = sigmoid(a) (1 - sigmoid(a)) da
struct sigmoid {
  static constexpr notation text = function_call("sigmoid(");
  static constexpr notation latex = latex_delimited("\\sigma\\left(", "", "\\right)");
  // One exp and no comparison, so no branch on a's sign (random signs mispredict in layer
  // chains). exp(-a) overflows to inf below a = -709.78 and the quotient is then 0: the
  // limit, with no NaN, and short only of the subnormal values e^a would have there.
  template <class T>
  CTGRAD_INLINE static constexpr T apply(const T& a) {
    return T(1) / (T(1) + scalar::exp(T(-a)));
  }
  template <std::size_t I, class A>
  static constexpr detail::made_t<multiply, detail::made_t<sigmoid, A>,
                                  detail::made_t<subtract, one, detail::made_t<sigmoid, A>>>
  partial(A) {
    return {};
  }
};

/// The Heaviside step: 1 for a > 0, 0 for a <= 0 (so relu'(0) = 0), NaN for NaN.
/// Its derivative is 0 wherever it is defined (everywhere but 0).
struct step {
  static constexpr notation text = function_call("step(");
  static constexpr notation latex = latex_delimited("H\\left(", "", "\\right)");
  template <class T>
  CTGRAD_INLINE static constexpr T apply(const T& a) {
    return a > T(0) ? T(1) : (a <= T(0) ? T(0) : a);
  }
  template <std::size_t I, class A>
  static constexpr zero partial(A) {
    return {};
  }
};

/// The sign function: 1, 0 or -1 (0 at 0, so abs'(0) = 0), NaN for NaN. Derivative 0 (a != 0).
struct sign {
  static constexpr notation text = function_call("sign(");
  static constexpr notation latex = latex_delimited("\\operatorname{sgn}\\left(", "", "\\right)");
  template <class T>
  CTGRAD_INLINE static constexpr T apply(const T& a) {
    return a > T(0) ? T(1) : (a < T(0) ? T(-1) : a - a);
  }
  template <std::size_t I, class A>
  static constexpr zero partial(A) {
    return {};
  }
};

/// max(a, 0); NaN stays NaN.  d(relu a) = step(a) da, taking relu'(0) = 0
struct relu {
  static constexpr notation text = function_call("relu(");
  static constexpr notation latex = latex_delimited("\\operatorname{relu}\\left(", "", "\\right)");
  template <class T>
  CTGRAD_INLINE static constexpr T apply(const T& a) {
    return a > T(0) ? a : (a <= T(0) ? T(0) : a);
  }
  template <std::size_t I, class A>
  static constexpr detail::made_t<step, A> partial(A) {
    return {};
  }
};

/// |a|; NaN stays NaN.  d|a| = sign(a) da, taking abs'(0) = 0
struct abs {
  static constexpr notation text = function_call("abs(");
  static constexpr notation latex = latex_delimited("\\left|", "", "\\right|");
  template <class T>
  CTGRAD_INLINE static constexpr T apply(const T& a) {
    return a > T(0) ? a : (a < T(0) ? T(-a) : a - a);
  }
  template <std::size_t I, class A>
  static constexpr detail::made_t<sign, A> partial(A) {
    return {};
  }
};

/// a^b for an expression b.  d(a^b) = b a^(b-1) da + a^b log(a) db
/// With a constant b this is `power` (the db term vanishes, and a < 0 stays defined).
struct pow {
  // Both operands of ^ print parenthesised unless atomic: x^(y^z), (x^y)^z.
  static constexpr notation text{
      "", "^", "", precedence::power, precedence::power + 1, precedence::power + 1};
  static constexpr notation latex{"{", "}^{", "}", precedence::power, precedence::power + 1, 0};
  template <class T>
  CTGRAD_INLINE static constexpr T apply(const T& a, const T& b) {
    return scalar::pow(a, b);
  }
  template <std::size_t I, class A, class B>
  static constexpr auto partial(A a, B b) {
    if constexpr (I == 0)
      return ctgrad::make<multiply>(b, ctgrad::make<pow>(a, ctgrad::make<subtract>(b, one{})));
    else
      return ctgrad::make<multiply>(ctgrad::make<pow>(a, b), ctgrad::make<log>(a));
  }
  template <class A, class B>
  static constexpr auto simplify(A a, B) {
    if constexpr (is_constant<B>)
      return ctgrad::make<power<B::value>>(a);
    else
      return node_of<pow, A, B>{};
  }
};

}  // namespace op

// The user-facing functions keep what the user wrote; constant arguments fold where exact.
template <expression A>
constexpr auto exp(A) {
  return detail::built_t<op::exp, A>{};
}
template <expression A>
constexpr auto log(A) {
  return detail::built_t<op::log, A>{};
}
template <expression A>
constexpr auto sqrt(A) {
  return detail::built_t<op::sqrt, A>{};
}
template <expression A>
constexpr auto sin(A) {
  return detail::built_t<op::sin, A>{};
}
template <expression A>
constexpr auto cos(A) {
  return detail::built_t<op::cos, A>{};
}
template <expression A>
constexpr auto tanh(A) {
  return detail::built_t<op::tanh, A>{};
}
template <expression A>
constexpr auto sigmoid(A) {
  return detail::built_t<op::sigmoid, A>{};
}
template <expression A>
constexpr auto relu(A) {
  return detail::built_t<op::relu, A>{};
}
template <expression A>
constexpr auto abs(A) {
  return detail::built_t<op::abs, A>{};
}
template <expression A>
constexpr auto step(A) {
  return detail::built_t<op::step, A>{};
}
template <expression A>
constexpr auto sign(A) {
  return detail::built_t<op::sign, A>{};
}
/// a^b for an expression exponent b (a > 0); for a constant exponent see pow(a, 3_c).
template <expression A, expression B>
requires(!is_constant<B>) constexpr auto pow(A, B) { return detail::built_t<op::pow, A, B>{}; }

/// pow(x, 2) with a plain number: rejected with the same message as 2 * x.
template <class A, class B>
requires detail::mixes_plain_number<A, B>
constexpr auto pow(A a, B b) { return detail::reject_plain_number(a, b); }

}  // namespace ctgrad
