// The simplifier's results, checked by type and printed form at compile time.
#include <ctgrad/ctgrad.hpp>

#include <type_traits>

using namespace ctgrad;

namespace {

template <class A, class B>
constexpr bool is_same_v = std::is_same_v<std::remove_cvref_t<A>, std::remove_cvref_t<B>>;

constexpr auto x = var<"x">;
constexpr auto y = var<"y">;

// A derivative with respect to an absent variable is the constant zero type.
static_assert(is_same_v<decltype(d(exp(x) * sin(x), y)), zero>);
static_assert(is_same_v<decltype(d(3_c, x)), zero>);
static_assert(is_same_v<decltype(d(x, x)), one>);
static_assert(is_same_v<decltype(d(x + y, y)), one>);

// Zeros, ones and constants fold.
static_assert(is_same_v<decltype(simplify(x * 1_c)), decltype(x)>);
static_assert(is_same_v<decltype(simplify(1_c * x)), decltype(x)>);
static_assert(is_same_v<decltype(simplify(x * 0_c)), zero>);
static_assert(is_same_v<decltype(simplify(x + 0_c)), decltype(x)>);
static_assert(is_same_v<decltype(simplify(0_c + x)), decltype(x)>);
static_assert(is_same_v<decltype(simplify(x - 0_c)), decltype(x)>);
static_assert(is_same_v<decltype(simplify(x / 1_c)), decltype(x)>);
static_assert(is_same_v<decltype(simplify(pow(x, 1_c))), decltype(x)>);
static_assert(is_same_v<decltype(simplify(pow(x, 0_c))), one>);
static_assert(is_same_v<decltype(simplify(exp(x - x))), one>);
static_assert(is_same_v<decltype(2_c * 3_c + 1_c), constant<7>>);
static_assert(is_same_v<decltype(1_c / 3_c), constant<1, 3>>);
static_assert(is_same_v<decltype(2_c / 6_c), constant<1, 3>>);

// Double negation cancels; -(a - b) is b - a.
static_assert(is_same_v<decltype(simplify(-(-x))), decltype(x)>);
static_assert(to_string(simplify(-(x - y))) == "y - x");

// Like terms and constant factors combine.
static_assert(to_string(simplify(x + x)) == "2*x");
static_assert(to_string(simplify(x + 2_c * x)) == "3*x");
static_assert(is_same_v<decltype(simplify(x - x)), zero>);
static_assert(to_string(simplify(2_c * (3_c * x))) == "6*x");
static_assert(to_string(simplify(x * x)) == "x^2");
static_assert(to_string(simplify(x * square(x))) == "x^3");

// Derivatives print simply.
static_assert(to_string(d(x * x, x)) == "2*x");
static_assert(to_string(d(pow(x, 3_c), x)) == "3*x^2");
static_assert(to_string(d(exp(x), x)) == "exp(x)");
static_assert(to_string(d(log(x), x)) == "1/x");
static_assert(to_string(d(sin(x), x)) == "cos(x)");
static_assert(to_string(d(cos(x), x)) == "-sin(x)");
static_assert(to_string(d(square(exp(square(x))), x)) == "4*exp(x^2)^2*x");
static_assert(to_string(d(d(pow(x, 3_c), x), x)) == "6*x");
static_assert(to_string(d(x * y, x)) == "y");

// One-hot adjoints (ops/embedding.hpp): the derivative of one element of a tensor expression
// reads that element of each tensor it needs, and its zeros never reach an operation.
constexpr auto v = var<"v", 3>;
constexpr auto t = param<"t", 3>;
constexpr auto M = var<"M", 2, 3>;
constexpr auto w = var<"w", 2>;
static_assert(to_string(d(element<1>(v * v), v)) == "embed<1, 3>(element<1>(2*v))");
static_assert(to_string(d(element<1>(x * exp(-(x * t))), x)) ==
              "element<1>(exp(-(x*t))) - x*element<1>(exp(-(x*t)))*element<1>(t)");
static_assert(to_string(d(element<2>(v / t), v)) == "embed<2, 3>(element<2>(1/t))");
static_assert(to_string(d(element<0>(t / v), v)) == "embed<0, 3>(element<0>(-(t/v/v)))");
// A Jacobian is built a column at a time when x has fewer elements than f, else a row at a time.
static_assert(to_string(jacobian(x * t - t, x)) == "t");
static_assert(to_string(jacobian(t * (element<0>(w) + element<1>(w) * t), w)) ==
              "transpose(stack(t, t^2))");
static_assert(to_string(jacobian(v * t - t, v)) ==
              "stack(embed<0, 3>(element<0>(t)), embed<1, 3>(element<1>(t)), "
              "embed<2, 3>(element<2>(t)))");
static_assert(to_string(hessian(sum(square(v - t)), v)) ==
              "stack(embed<0, 3>(2), embed<1, 3>(2), embed<2, 3>(2))");
static_assert(to_string(d(sum(element<1>(M) * 2_c), M)) == "embed<1, 2>(broadcast(2))");
static_assert(to_string(d(element<1>(sum<1>(M)), M)) == "expand<1, 3>(embed<1, 2>(1))");
// One reverse sweep for several variables (grad, value_and_grad) gives each variable what d
// gives it alone: a variable named twice, one f does not use, tensors of two shapes.
constexpr auto z = param<"z">;
constexpr auto f3 = x * exp(y * x) + sin(y);
static_assert(is_same_v<decltype(detail::derivatives(f3, y, x, y, z)),
                        detail::type_list<decltype(d(f3, y)), decltype(d(f3, x)),
                                          decltype(d(f3, y)), decltype(d(f3, z))>>);
constexpr auto f4 = sum(tanh(matmul(M, v)) * sum(v));
static_assert(is_same_v<decltype(detail::derivatives(f4, v, M)),
                        detail::type_list<decltype(d(f4, v)), decltype(d(f4, M))>>);
static_assert(to_string(boost::hana::at_c<1>(grad(f3, y, x))) == to_string(d(f3, x)));
static_assert(is_same_v<decltype(detail::derivatives(x, x, y)), detail::type_list<one, zero>>);
// Columns (fewer elements in x than in f): x of one element, and an x that f does not use.
constexpr auto w1 = var<"w1", 1>;
static_assert(to_string(jacobian(t * element<0>(w1), w1)) == "transpose(stack(t))");
static_assert(to_string(jacobian(exp(t), x)) == "broadcast(0)");
// Element-wise rules, one at a time (make applies them as a derivative is built).
constexpr auto e = make<op::embed<1, 3>>(x);
static_assert(is_same_v<decltype(make<op::multiply>(e, t)),
                        decltype(make<op::embed<1, 3>>(x * element<1>(t)))>);
static_assert(is_same_v<decltype(make<op::multiply>(t, e)),
                        decltype(make<op::embed<1, 3>>(element<1>(t) * x))>);
static_assert(is_same_v<decltype(make<op::multiply>(e, y)), decltype(make<op::embed<1, 3>>(x * y))>);
static_assert(is_same_v<decltype(make<op::divide>(e, t)),
                        decltype(make<op::embed<1, 3>>(x / element<1>(t)))>);
static_assert(!detail::is_embedding<decltype(make<op::divide>(t, e))>);  // t / 0 is not 0
static_assert(is_same_v<decltype(make<op::negate>(e)), decltype(make<op::embed<1, 3>>(-x))>);
static_assert(is_same_v<decltype(make<op::add>(e, make<op::embed<1, 3>>(y))),
                        decltype(make<op::embed<1, 3>>(x + y))>);
static_assert(!detail::is_embedding<decltype(make<op::add>(e, make<op::embed<0, 3>>(y)))>);
static_assert(is_same_v<decltype(make<op::multiply>(e, make<op::embed<0, 3>>(y))),
                        decltype(make<op::broadcast<shape<3>>>(zero{}))>);
static_assert(is_same_v<decltype(make<op::element<1>>(e)), decltype(x)>);
static_assert(is_same_v<decltype(make<op::element<0>>(e)), zero>);
static_assert(is_same_v<decltype(make<op::sum_leading<1>>(e)), decltype(x)>);
static_assert(is_same_v<decltype(make<op::sum_dim<0>>(e)), decltype(x)>);
constexpr auto row = make<op::embed<1, 2>>(t);  // a 2x3 matrix, row 1 is t
static_assert(is_same_v<decltype(make<op::sum_dim<1>>(row)), decltype(make<op::embed<1, 2>>(make<op::sum_dim<0>>(t)))>);
static_assert(is_same_v<decltype(make<op::embed<1, 3>>(zero{})),
                        decltype(make<op::broadcast<shape<3>>>(zero{}))>);
// A one-hot operand of lower rank than the other is left alone: it repeats over rows.
constexpr auto rows = param<"R", 2, 3>;
static_assert(!detail::is_embedding<decltype(make<op::multiply>(e, rows))>);

// The order of the rules of + - and * (docs/derivative_rules.md) where it decides the result.
static_assert(to_string(simplify(x + -2_c * y)) == "x - 2*y");
static_assert(to_string(simplify(-2_c * x + y)) == "y - 2*x");
static_assert(to_string(simplify(-x + 1_c)) == "-x + 1");
static_assert(to_string(simplify(1_c + x)) == "x + 1");
static_assert(to_string(simplify(x - -2_c * y)) == "x + 2*y");
static_assert(to_string(simplify(x * (x * y))) == "x^2*y");
static_assert(to_string(simplify(x * (y * x))) == "x*y*x");  // only a left factor merges

// A tag's own rules, in either form of the protocol: a simplify function or a simplified class.
struct doubled_by_function {  // 2a
  static constexpr notation text = function_call("twice(");
  static constexpr notation latex = text;
  template <class T>
  static constexpr T apply(const T& a) {
    return 2 * a;
  }
  template <std::size_t I, class A>
  static constexpr auto partial(A) {
    return constant<2>{};
  }
  template <class A>
  static constexpr auto simplify(A) {
    if constexpr (is_constant<A>)
      return constant_of<detail::rational{2, 1} * A::value>{};
    else
      return node_of<doubled_by_function, A>{};
  }
};
struct doubled_by_class {  // 2a
  static constexpr notation text = function_call("twice(");
  static constexpr notation latex = text;
  template <class T>
  static constexpr T apply(const T& a) {
    return 2 * a;
  }
  template <std::size_t I, class A>
  static constexpr auto partial(A) {
    return constant<2>{};
  }
  template <class A>
  struct simplified {
    using type = node_of<doubled_by_class, A>;
  };
  template <class A>
  requires is_constant<A>
  struct simplified<A> {
    using type = constant_of<detail::rational{2, 1} * A::value>;
  };
};
static_assert(is_same_v<decltype(make<doubled_by_function>(3_c)), constant<6>>);
static_assert(is_same_v<decltype(make<doubled_by_class>(3_c)), constant<6>>);
using x_type = std::remove_const_t<decltype(x)>;
static_assert(is_same_v<decltype(make<doubled_by_class>(x)), node_of<doubled_by_class, x_type>>);
static_assert(to_string(simplify(node_of<doubled_by_class, decltype(2_c * 1_c)>{} * x)) == "4*x");
static_assert(to_string(d(node_of<doubled_by_class, decltype(x * x)>{}, x)) == "4*x");
static_assert(to_latex(make<doubled_by_function>(x)) == to_latex(make<doubled_by_class>(x)));

}  // namespace
