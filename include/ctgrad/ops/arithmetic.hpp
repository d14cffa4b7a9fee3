#pragma once
// + - * / and unary minus, and powers with a constant exponent (square, pow(x, 3_c), x^(1/2)).
// Each tag carries its evaluation, its partial derivatives and the simplifications that keep
// derivatives small: zeros, ones, constant folding, double negation and like terms. Where it is
// short, a partial spells its return type, so d() reads it with decltype and g++ instantiates no
// function named after the operands (core/make.hpp, "On names").

#include <ctgrad/config.hpp>
#include <ctgrad/core/constant.hpp>
#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/make.hpp>
#include <ctgrad/core/shape_of.hpp>
#include <ctgrad/detail/decimal.hpp>
#include <ctgrad/detail/spelled_name.hpp>
#include <ctgrad/ops/broadcast.hpp>
#include <ctgrad/ops/canonical_form.hpp>
#include <ctgrad/ops/embedding.hpp>
#include <ctgrad/ops/notation.hpp>
#include <ctgrad/ops/scalar_functions.hpp>

#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace ctgrad {

namespace op {
struct add;
struct subtract;
struct multiply;
struct divide;
struct negate;
template <detail::rational Exponent>
struct power;
}  // namespace op

namespace error {
template <class Operation, class LeftShape, class RightShape>
struct shapes_do_not_broadcast {};
}  // namespace error

namespace detail {

/// C * R in canonical form: constants fold, 1*r is r, -1*r is -r, factors of r collect.
/// (A class: a function would be named after R, and core/make.hpp says why that costs. The case
/// is a base's argument, not a default argument, which g++ 12 fails on with an internal error
/// when C is an expression such as -factor.)
enum class scaling { to_zero, constant, refactored, unchanged, negated, product };
constexpr scaling scaling_for(rational c, bool r_is_constant, bool r_has_factor) {
  if (c.num == 0) return scaling::to_zero;
  if (r_is_constant) return scaling::constant;
  if (r_has_factor) return scaling::refactored;
  if (c == rational{1, 1}) return scaling::unchanged;
  if (c == rational{-1, 1}) return scaling::negated;
  return scaling::product;
}
template <rational C, class R>
struct scaled_by;
template <scaling How, rational C, class R>
struct scaled_by_case {
  using type = node_of<op::multiply, constant_of<C>, R>;
};
template <rational C, class R>
struct scaled_by_case<scaling::to_zero, C, R> {
  using type = zero;
};
template <rational C, class R>
struct scaled_by_case<scaling::constant, C, R> {
  using type = constant_of<C * R::value>;
};
template <rational C, class R>
struct scaled_by_case<scaling::refactored, C, R>
    : scaled_by<C * scaled<R>::factor, typename scaled<R>::rest> {};
template <rational C, class R>
struct scaled_by_case<scaling::unchanged, C, R> {
  using type = R;
};
template <rational C, class R>
struct scaled_by_case<scaling::negated, C, R> {
  using type = node_of<op::negate, R>;
};
template <rational C, class R>
struct scaled_by : scaled_by_case<detail::scaling_for(C, is_constant<R>, has_factor<R>), C, R> {};
template <rational C, class R>
using scaled_by_t = typename scaled_by<C, R>::type;

/// -e in canonical form.
template <class E>
struct negated : scaled_by<-scaled<E>::factor, typename scaled<E>::rest> {};
template <class E>
using negated_t = typename negated<E>::type;

/// e == base^exponent, with exponent 1 for anything that is not a power.
/// (The exponent is in a base named by its value: see with_factor.)
template <rational P>
struct with_exponent {
  static constexpr rational exponent = P;
};
template <class E>
struct as_power : with_exponent<rational{1, 1}> {
  using base = E;
};
template <rational P, std::uint64_t key, auto x>
struct as_power<node<op::power<P>, key, x>> : with_exponent<P> {
  using base = detail::type_of<x>;
};

/// a and b are integer powers of one base: a*b is that base to the summed exponent.
template <class A, class B>
concept same_integer_base =
    (std::is_same<typename as_power<A>::base, typename as_power<B>::base>::value) &&
    (as_power<A>::exponent.den == 1) && (as_power<B>::exponent.den == 1);

/// What the rules of + - and * ask about a pair of operands, computed once per pair. The rules
/// are classes (core/make.hpp, "On names"): each tag names its first matching rule from these
/// facts with a constexpr function, and spells the rule's result in a specialisation.
struct operand_facts {
  bool a_zero, b_zero, a_one, b_one;
  bool a_constant, b_constant, a_factor, b_factor, a_negative, b_negative;
  bool like_terms;       // equal rests: c1*r and c2*r
  bool one_hot_alike;    // both one-hot at one position
  bool one_hot_beside;   // one of them one-hot (embedded_beside either way)
  bool same_power_base;  // integer powers of one base
};
template <operand_facts F>
struct with_facts {
  static constexpr operand_facts facts = F;
};
template <class A, class B>
struct facts_of : with_facts<operand_facts{
                      is_constant_value<A, 0>, is_constant_value<B, 0>, is_constant_value<A, 1>,
                      is_constant_value<B, 1>, is_constant<A>, is_constant<B>, has_factor<A>,
                      has_factor<B>, has_negative_factor<A>, has_negative_factor<B>,
                      std::is_same<typename scaled<A>::rest, typename scaled<B>::rest>::value,
                      embedded_alike<A, B>, embedded_beside<A, B> || embedded_beside<B, A>,
                      same_integer_base<A, B>}> {};

// Rules that + and - share, given the operation Op (its apply works on rationals too).
template <class Op, class A, class B>
struct constants_folded {
  using type = constant_of<Op::apply(A::value, B::value)>;
};
template <class Op, class A, class B>
struct like_terms_combined {
  using type =
      scaled_by_t<Op::apply(scaled<A>::factor, scaled<B>::factor), typename scaled<A>::rest>;
};
template <class Op, class A, class B>
struct through_one_hot {
  using type = decltype(detail::through_embedding<Op>(A{}, B{}));
};

/// A mismatch of the shapes SA and SB of an element-wise operation's operands: reported, unless
/// it follows a reported mistake (an operand's shape is then that mistake's consequence).
template <class Op, class SA, class SB, bool FollowsAnError>
struct shapes_mismatch : std::false_type {
  static_assert(FollowsAnError || reject<error::shapes_do_not_broadcast<Op, SA, SB>>,
                "ctgrad: the shapes of an element-wise operation's operands must be equal, "
                "or one must be the trailing part of the other (a scalar, or a row added to "
                "every row); use expand() to repeat along another dimension");
};
template <class Op, class A, class B>
struct shapes_mismatch_of : shapes_mismatch<Op, shape_of<A>, shape_of<B>, follows_an_error<A, B>> {
};

/// Whether the operands of element-wise Op broadcast (true for one operand): false after the
/// one error when they do not.
template <class Op, class... Operands>
struct broadcast_checked : std::true_type {};
template <class Op, class A, class B>
struct broadcast_checked<Op, A, B>
    : std::conditional_t<broadcastable<shape_of<A>, shape_of<B>>, std::true_type,
                         shapes_mismatch_of<Op, A, B>> {};

/// A stand-in of the shape of Op's node, what an operator returns after the error.
template <class Op, class... Operands>
struct stand_in_node {
  using type = stand_in_for<node_shape_of<Op, Operands...>>;
};
template <class Op, class... Operands>
struct plain_node {
  using type = node_of<Op, Operands...>;
};

/// What user-facing operators build (element-wise Op over Operands): the node as written,
/// except that operations on constants alone fold to a constant: `1_c / 3_c` is the constant
/// 1/3. The operands must broadcast. A class, not a function: core/make.hpp, "On names".
template <class Op, class... Operands>
struct built
    : std::conditional_t<!broadcast_checked<Op, Operands...>::value, stand_in_node<Op, Operands...>,
                         std::conditional_t<(is_constant<Operands> && ...), made<Op, Operands...>,
                                            plain_node<Op, Operands...>>> {};
template <class Op, class... Operands>
using built_t = typename built<Op, Operands...>::type;

}  // namespace detail

namespace op {

/// a + b.  d(a + b) = da + db
struct add {
  static constexpr notation text = infix(" + ", precedence::sum, true);
  static constexpr notation latex = text;

  template <class T>
  CTGRAD_INLINE static constexpr T apply(const T& a, const T& b) {
    return a + b;
  }

  template <std::size_t I, class A, class B>
  static constexpr one partial(A, B) {
    return {};
  }

  // The rules, first match wins (docs/derivative_rules.md).
  template <class A, class B>
  struct simplified;

 private:
  enum class rule {
    b_alone,
    a_alone,
    constants,
    one_hot,
    like_terms,
    minus_b,
    minus_a,
    swapped,
    kept
  };
  static constexpr rule first_rule(detail::operand_facts f) {
    if (f.a_zero) return rule::b_alone;
    if (f.b_zero) return rule::a_alone;
    if (f.a_constant && f.b_constant) return rule::constants;
    if (f.one_hot_alike) return rule::one_hot;
    if (f.like_terms) return rule::like_terms;
    if (f.b_negative) return rule::minus_b;
    if (f.a_negative && !f.b_constant) return rule::minus_a;
    if (f.a_constant) return rule::swapped;  // constants go last: x + 1
    return rule::kept;
  }
  template <rule R, class A, class B>
  struct by_rule {
    using type = node_of<add, A, B>;
  };
  template <class A, class B>
  struct by_rule<rule::b_alone, A, B> {
    using type = B;
  };
  template <class A, class B>
  struct by_rule<rule::a_alone, A, B> {
    using type = A;
  };
  template <class A, class B>
  struct by_rule<rule::constants, A, B> : detail::constants_folded<add, A, B> {};
  template <class A, class B>
  struct by_rule<rule::one_hot, A, B> : detail::through_one_hot<add, A, B> {};
  template <class A, class B>
  struct by_rule<rule::like_terms, A, B> : detail::like_terms_combined<add, A, B> {};
  template <class A, class B>
  struct by_rule<rule::minus_b, A, B> {
    using type = detail::made_t<subtract, A, detail::negated_t<B>>;
  };
  template <class A, class B>
  struct by_rule<rule::minus_a, A, B> {
    using type = detail::made_t<subtract, B, detail::negated_t<A>>;
  };
  template <class A, class B>
  struct by_rule<rule::swapped, A, B> {
    using type = node_of<add, B, A>;
  };
};
template <class A, class B>
struct add::simplified : by_rule<first_rule(detail::facts_of<A, B>::facts), A, B> {};

/// a - b.  d(a - b) = da - db
struct subtract {
  static constexpr notation text = infix(" - ", precedence::sum, false);
  static constexpr notation latex = text;

  template <class T>
  CTGRAD_INLINE static constexpr T apply(const T& a, const T& b) {
    return a - b;
  }

  template <std::size_t I, class A, class B>
  static constexpr std::conditional_t<I == 0, one, constant<-1>> partial(A, B) {
    return {};
  }

  // The rules, first match wins (docs/derivative_rules.md).
  template <class A, class B>
  struct simplified;

 private:
  enum class rule { a_alone, negated_b, constants, one_hot, like_terms, plus_b, kept };
  static constexpr rule first_rule(detail::operand_facts f) {
    if (f.b_zero) return rule::a_alone;
    if (f.a_zero) return rule::negated_b;
    if (f.a_constant && f.b_constant) return rule::constants;
    if (f.one_hot_alike) return rule::one_hot;
    if (f.like_terms) return rule::like_terms;
    if (f.b_negative) return rule::plus_b;
    return rule::kept;
  }
  template <rule R, class A, class B>
  struct by_rule {
    using type = node_of<subtract, A, B>;
  };
  template <class A, class B>
  struct by_rule<rule::a_alone, A, B> {
    using type = A;
  };
  template <class A, class B>
  struct by_rule<rule::negated_b, A, B> {
    using type = detail::made_t<negate, B>;
  };
  template <class A, class B>
  struct by_rule<rule::constants, A, B> : detail::constants_folded<subtract, A, B> {};
  template <class A, class B>
  struct by_rule<rule::one_hot, A, B> : detail::through_one_hot<subtract, A, B> {};
  template <class A, class B>
  struct by_rule<rule::like_terms, A, B> : detail::like_terms_combined<subtract, A, B> {};
  template <class A, class B>
  struct by_rule<rule::plus_b, A, B> {
    using type = detail::made_t<add, A, detail::negated_t<B>>;
  };
};
template <class A, class B>
struct subtract::simplified : by_rule<first_rule(detail::facts_of<A, B>::facts), A, B> {};

/// -a.  d(-a) = -da
struct negate {
  static constexpr notation text{"-", "", "", precedence::unary, precedence::unary + 1, 0};
  static constexpr notation latex = text;

  template <class T>
  CTGRAD_INLINE static constexpr T apply(const T& a) {
    return -a;
  }

  template <std::size_t I, class A>
  static constexpr constant<-1> partial(A) {
    return {};
  }

  /// Rule 0: a constant or a scaled term negates its factor; 1: -embed(a) is embed(-a);
  /// 2: -(x - y) is y - x; 3: none.
  template <class A, int Rule = (is_constant<A> || detail::has_factor<A>) ? 0
                                : detail::is_embedding<A>                 ? 1
                                : is_node_of<A, subtract>                 ? 2
                                                                          : 3>
  struct simplified {
    using type = node_of<negate, A>;
  };
  template <class A>
  struct simplified<A, 0> {
    using type = detail::negated_t<A>;
  };
  template <class A>
  struct simplified<A, 1>
      : detail::made<op::embed<detail::embedding<A>::index, shape_of<A>::dims[0]>,
                     detail::made_t<negate, typename detail::embedding<A>::part>> {};
  template <std::uint64_t key, auto x, auto y>
  struct simplified<node<subtract, key, x, y>, 2>
      : detail::made<subtract, detail::type_of<y>, detail::type_of<x>> {};
};

/// a * b.  d(a * b) = b da + a db
struct multiply {
  static constexpr notation text = infix("*", precedence::product, true);
  static constexpr notation latex = infix(" \\cdot ", precedence::product, true);

  template <class T>
  CTGRAD_INLINE static constexpr T apply(const T& a, const T& b) {
    return a * b;
  }

  template <std::size_t I, class A, class B>
  static constexpr std::conditional_t<I == 0, B, A> partial(A, B) {
    return {};
  }

  // The rules, first match wins (docs/derivative_rules.md).
  template <class A, class B>
  struct simplified;

 private:
  enum class rule { to_zero, b_alone, a_alone, one_hot, factors_out, power, merged };
  static constexpr rule first_rule(detail::operand_facts f) {
    if (f.a_zero || f.b_zero) return rule::to_zero;
    if (f.a_one) return rule::b_alone;
    if (f.b_one) return rule::a_alone;
    if (f.one_hot_beside) return rule::one_hot;
    if (f.a_constant || f.b_constant || f.a_factor || f.b_factor) return rule::factors_out;
    if (f.same_power_base) return rule::power;
    return rule::merged;
  }
  template <rule R, class A, class B>
  struct by_rule;
  template <class A, class B>
  struct by_rule<rule::to_zero, A, B> {
    using type = zero;
  };
  template <class A, class B>
  struct by_rule<rule::b_alone, A, B> {
    using type = B;
  };
  template <class A, class B>
  struct by_rule<rule::a_alone, A, B> {
    using type = A;
  };
  template <class A, class B>
  struct by_rule<rule::one_hot, A, B> : detail::through_one_hot<multiply, A, B> {};
  template <class A, class B>
  struct by_rule<rule::factors_out, A, B> {
    using type = detail::scaled_by_t<detail::scaled<A>::factor * detail::scaled<B>::factor,
                                     detail::made_t<multiply, typename detail::scaled<A>::rest,
                                                    typename detail::scaled<B>::rest>>;
  };
  template <class A, class B>
  struct by_rule<rule::power, A, B> {
    using type =
        detail::made_t<power<detail::as_power<A>::exponent + detail::as_power<B>::exponent>,
                       typename detail::as_power<A>::base>;
  };
  // a * (x * y) with a and x powers of one base: (a * x) * y, so x*exp(u)*exp(u) gathers.
  template <class A, class B>
  struct by_rule<rule::merged, A, B> {
    using type = node_of<multiply, A, B>;
  };
  template <class A, std::uint64_t key, auto x, auto y>
  requires detail::same_integer_base<A, detail::type_of<x>>
  struct by_rule<rule::merged, A, node<multiply, key, x, y>> {
    using type = detail::made_t<multiply, detail::made_t<multiply, A, detail::type_of<x>>,
                                detail::type_of<y>>;
  };
};
template <class A, class B>
struct multiply::simplified : by_rule<first_rule(detail::facts_of<A, B>::facts), A, B> {};

/// a / b.  d(a / b) = da / b - (a / b) db / b
struct divide {
  static constexpr notation text = infix("/", precedence::product, false);
  static constexpr notation latex = latex_delimited("\\frac{", "}{", "}", precedence::product);

  template <class T>
  CTGRAD_INLINE static constexpr T apply(const T& a, const T& b) {
    return a / b;
  }

  // The b-partial reuses the node a/b of the value, so a fused program computes it once.
  template <std::size_t I, class A, class B>
  struct partial_in;
  template <class A, class B>
  struct partial_in<0, A, B> : detail::made<divide, one, B> {};
  template <class A, class B>
  struct partial_in<1, A, B>
      : detail::made<negate, detail::made_t<divide, detail::made_t<divide, A, B>, B>> {};

  template <std::size_t I, class A, class B>
  static constexpr typename partial_in<I, A, B>::type partial(A, B) {
    return {};
  }

  template <class A, class B>
  static constexpr auto simplify(A a, B b) {
    if constexpr (is_constant<A> && is_constant<B>)
      return constant_of<A::value / B::value>{};
    else if constexpr (is_constant_value<A, 0>)
      return zero{};
    else if constexpr (is_constant_value<B, 1>)
      return a;
    else if constexpr (detail::embedded_beside<A, B> && !detail::is_embedding<B>)
      return detail::through_embedding<divide>(a, b);
    else if constexpr (detail::has_negative_factor<A> && !is_constant<A>)
      return detail::made_t<negate, detail::made_t<divide, detail::negated_t<A>, B>>{};
    else
      return node_of<divide, A, B>{};
  }
};

}  // namespace op

namespace detail {

/// "^2", "^(1/2)", "^(-1)" and their LaTeX forms, spelled once per exponent.
template <rational P>
constexpr auto exponent_text() {
  if constexpr (P.den == 1 && P.num >= 0)
    return concat(fixed_string("^"), decimal<P.num>());
  else if constexpr (P.den == 1)
    return concat(fixed_string("^("), decimal<P.num>(), fixed_string(")"));
  else
    return concat(fixed_string("^("), decimal<P.num>(), fixed_string("/"), decimal<P.den>(),
                  fixed_string(")"));
}
template <rational P>
constexpr auto exponent_latex() {
  if constexpr (P.den == 1)
    return concat(fixed_string("}^{"), decimal<P.num>(), fixed_string("}"));
  else if constexpr (P.num < 0)
    return concat(fixed_string("}^{-\\frac{"), decimal<-P.num>(), fixed_string("}{"),
                  decimal<P.den>(), fixed_string("}}"));
  else
    return concat(fixed_string("}^{\\frac{"), decimal<P.num>(), fixed_string("}{"),
                  decimal<P.den>(), fixed_string("}}"));
}
template <rational P>
inline constexpr auto exponent_text_v = exponent_text<P>();
template <rational P>
inline constexpr auto exponent_latex_v = exponent_latex<P>();

/// a^n by repeated squaring, unrolled at compile time.
template <std::intmax_t N, class T>
CTGRAD_INLINE constexpr T integer_power(const T& a) {
  if constexpr (N < 0)
    return T(1) / integer_power<-N>(a);
  else if constexpr (N == 0)
    return T(1);
  else if constexpr (N == 1)
    return a;
  else if constexpr (N % 2 == 0) {
    const T half = integer_power<N / 2>(a);
    return half * half;
  } else {
    return a * integer_power<N - 1>(a);
  }
}

}  // namespace detail

namespace op {

/// a^p for a constant rational p.  d(a^p) = p a^(p-1) da
/// Integer exponents evaluate by repeated multiplication (exact for squares, defined for a < 0);
/// exponents with denominator 2 through sqrt; others through pow.
template <detail::rational Exponent>
struct power {
  static constexpr notation text{
      "", "", detail::exponent_text_v<Exponent>.view(), precedence::power, precedence::power + 1,
      0};
  static constexpr notation latex{
      "{", "", detail::exponent_latex_v<Exponent>.view(), precedence::power, precedence::power + 1,
      0};

  template <class T>
  CTGRAD_INLINE static constexpr T apply(const T& a) {
    if constexpr (Exponent.den == 1)
      return detail::integer_power<Exponent.num>(a);
    else if constexpr (Exponent.den == 2)
      return detail::integer_power<Exponent.num>(scalar::sqrt(a));
    else
      return scalar::pow(a, constant_of<Exponent>::template as<T>());
  }

  template <std::size_t I, class A>
  static constexpr detail::scaled_by_t<Exponent,
                                       detail::made_t<power<Exponent - detail::rational{1, 1}>, A>>
  partial(A) {
    return {};
  }

  /// The rule for a^Exponent: Rule 0, a^0 = 1; 1, a^1 = a; 2, a constant raised to an integer;
  /// 3, (b^q)^p = b^(pq) for integers p and q; 4, none.
  template <class A, int Rule = Exponent.num == 0                       ? 0
                                : Exponent == detail::rational{1, 1}    ? 1
                                : (Exponent.den == 1 && is_constant<A>) ? 2
                                : (Exponent.den == 1 && is_node<A> &&
                                   detail::as_power<A>::exponent.den == 1 &&
                                   !std::is_same<typename detail::as_power<A>::base, A>::value)
                                    ? 3
                                    : 4>
  struct simplified {
    using type = node_of<power, A>;
  };
  template <class A>
  struct simplified<A, 0> {
    using type = one;
  };
  template <class A>
  struct simplified<A, 1> {
    using type = A;
  };
  template <class A>
  struct simplified<A, 2> {
    using type = constant_of<detail::integer_power(A::value, Exponent.num)>;
  };
  template <class A>
  struct simplified<A, 3> : detail::made<power<Exponent * detail::as_power<A>::exponent>,
                                         typename detail::as_power<A>::base> {};
};

}  // namespace op

/// a^2.  d(a^2) = 2 a da
template <expression A>
constexpr auto square(A) {
  return detail::built_t<op::power<detail::rational{2, 1}>, A>{};
}

/// a^p for a constant p: `pow(x, 3_c)`, `pow(x, c<1, 3>)`.
template <expression A, std::intmax_t N, std::intmax_t D>
constexpr auto pow(A, constant<N, D>) {
  return detail::built_t<op::power<detail::rational{N, D}>, A>{};
}

template <expression A, expression B>
constexpr auto operator+(A, B) {
  return detail::built_t<op::add, A, B>{};
}
template <expression A, expression B>
constexpr auto operator-(A, B) {
  return detail::built_t<op::subtract, A, B>{};
}
template <expression A, expression B>
constexpr auto operator*(A, B) {
  return detail::built_t<op::multiply, A, B>{};
}
template <expression A, expression B>
constexpr auto operator/(A, B) {
  return detail::built_t<op::divide, A, B>{};
}
template <expression A>
constexpr auto operator-(A) {
  return detail::built_t<op::negate, A>{};
}
template <expression A>
constexpr auto operator+(A a) {
  return a;
}

namespace detail {

template <class A, class B>
concept mixes_plain_number = (expression<A> && std::is_arithmetic<B>::value) ||
                             (std::is_arithmetic<A>::value && expression<B>);

// Returns the expression operand, so the one error is not followed by others about `void`.
template <class A, class B>
constexpr auto reject_plain_number(A a, B b) {
  static_assert(reject<A>,
                "ctgrad: a plain C++ number cannot be part of an expression, because its value "
                "would not be part of the expression's type. Write an exact constant (2_c, "
                "0.5_c, c<1, 3>) or a run-time param<\"name\"> bound at evaluation");
  if constexpr (expression<A>)
    return a;
  else
    return b;
}

}  // namespace detail

template <class A, class B>
requires detail::mixes_plain_number<A, B>
constexpr auto operator+(A a, B b) { return detail::reject_plain_number(a, b); }
template <class A, class B>
requires detail::mixes_plain_number<A, B>
constexpr auto operator-(A a, B b) { return detail::reject_plain_number(a, b); }
template <class A, class B>
requires detail::mixes_plain_number<A, B>
constexpr auto operator*(A a, B b) { return detail::reject_plain_number(a, b); }
template <class A, class B>
requires detail::mixes_plain_number<A, B>
constexpr auto operator/(A a, B b) { return detail::reject_plain_number(a, b); }

}  // namespace ctgrad
