// The binding checks (eval/bindings.hpp) at compile time: their name table, and an evaluation
// with hundreds of bindings, which must stay within the compilers' limits on the steps of one
// constant evaluation (a check that compares every pair of names exceeded clang's at 130).
#include <ctgrad/ctgrad.hpp>

#include <array>
#include <cstddef>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <utility>

namespace {

using namespace ctgrad;
using detail::first_missing;
using detail::name_set;
using detail::not_found;

constexpr name_set<4> abac{{"a", "b", "a", "c"}};
static_assert(abac.first_repeated() == 0);
static_assert(abac.first_repeated({false, true, true, true}) == 2);
static_assert(abac.first_repeated({false, true, false, true}) == not_found);
static_assert(abac.contains("c") && !abac.contains("d") && !abac.contains(""));
static_assert(name_set<3>{{"x", "y", "z"}}.first_repeated() == not_found);
static_assert(name_set<0>{{}}.first_repeated() == not_found && !name_set<0>{{}}.contains("x"));

static_assert(first_missing(name_set<2>{{"b", "c"}}, abac) == not_found);
static_assert(first_missing(name_set<3>{{"a", "d", "e"}}, abac) == 1);
static_assert(first_missing(name_set<1>{{"a"}}, name_set<0>{{}}) == 0);

// x000 + x001 + ... + x259, as a balanced tree of sums so that the types stay shallow, bound
// x_k = k and evaluated at compile time: 260 symbols and 260 bindings to check.
constexpr std::size_t count = 260;

template <std::size_t K>
constexpr fixed_string<5> name() {
  fixed_string<5> text;
  text.data[0] = 'x';
  text.data[1] = static_cast<char>('0' + K / 100);
  text.data[2] = static_cast<char>('0' + K / 10 % 10);
  text.data[3] = static_cast<char>('0' + K % 10);
  return text;
}

template <std::size_t K>
constexpr auto x = var<name<K>()>;

template <std::size_t First, std::size_t Last>
constexpr auto sum_of_range() {
  if constexpr (Last - First == 1)
    return x<First>;
  else
    return sum_of_range<First, (First + Last) / 2>() + sum_of_range<(First + Last) / 2, Last>();
}

constexpr double value_with_every_binding = []<std::size_t... K>(std::index_sequence<K...>) {
  return compile(sum_of_range<0, count>())(x<K> = static_cast<double>(K)...)[0];
}
(std::make_index_sequence<count>{});
static_assert(value_with_every_binding == count * (count - 1) / 2);

// A program reads each leaf through its table and converts it there: a float tensor and an
// int bound into a double program (explicitly, or float by default), read whole by sum and
// element by element by an element-wise step; and a program of constants has no leaves at all.
constexpr auto v = var<"v", 3>;
constexpr auto k = param<"k">;
constexpr auto mixed = compile(sum(v) * k, v * k);
constexpr tensor<float, 3> v_float{{1.0f, 2.0f, 3.5f}};
constexpr auto in_double = mixed.operator()<double>(v = v_float, k = 2);
static_assert(std::is_same_v<decltype(in_double), const std::tuple<double, tensor<double, 3>>>);
static_assert(std::get<0>(in_double) == 13.0);
static_assert(std::get<1>(in_double).elements[2] == 7.0);
constexpr auto in_float = mixed(v = v_float, k = 2);
static_assert(std::is_same_v<decltype(in_float), const std::tuple<float, tensor<float, 3>>>);
static_assert(std::get<1>(in_float).elements[0] == 2.0f);
static_assert(compile(3_c * 2_c)()[0] == 6.0);

}  // namespace
