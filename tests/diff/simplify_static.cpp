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

}  // namespace
