// Exact constants, literals and the emptiness of expressions, at compile time.
#include <ctgrad/ctgrad.hpp>

#include <type_traits>

using namespace ctgrad;

namespace {

template <class A, class B>
constexpr bool is_same_v = std::is_same_v<std::remove_cvref_t<A>, std::remove_cvref_t<B>>;

static_assert(is_same_v<decltype(0.5_c), constant<1, 2>>);
static_assert(is_same_v<decltype(2_c), constant<2>>);
static_assert(is_same_v<decltype(1.25e-1_c), constant<1, 8>>);
static_assert(is_same_v<decltype(1'000_c), constant<1000>>);
static_assert(is_same_v<decltype(2.5E+2_c), constant<250>>);
static_assert(is_same_v<decltype(-0.5_c), constant<-1, 2>>);
static_assert(is_same_v<decltype(c<4, -6>), const constant<-2, 3>>);
static_assert(is_same_v<decltype(1_c / 3_c + 1_c / 6_c), constant<1, 2>>);
static_assert(constant<1, 3>::as<double>() == 1.0 / 3.0);
static_assert(constant<1, 3>::as<float>() == 1.0f / 3.0f);

// Different values are different types: type-level merging cannot confuse them.
static_assert(!is_same_v<decltype(0.1_c), decltype(0.10000000000000001_c)>);

// An expression holds no run-time value.
constexpr auto x = var<"x">;
constexpr auto y = var<"y">;
static_assert(sizeof(x) == 1);
static_assert(sizeof(square(exp(square(x)))) == 1);
static_assert(sizeof(d(sin(x) * y / (x + 1_c), y)) == 1);
static_assert(std::is_trivially_copyable_v<decltype(exp(x) + y)>);

// Equal expressions are equal types, different ones are not.
static_assert(is_same_v<decltype(exp(x) * y), decltype(exp(var<"x">) * var<"y">)>);
static_assert(!is_same_v<decltype(exp(x) * y), decltype(exp(y) * x)>);

// Variables and parameters.
static_assert(is_symbol<decltype(x)> && is_symbol<decltype(param<"a">)>);
static_assert(decltype(param<"a">)::role == symbol_role::parameter);
static_assert(expression<decltype(x * 2_c)> && !expression<double>);

}  // namespace
