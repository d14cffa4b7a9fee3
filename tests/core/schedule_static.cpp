// The schedule and its node index (core/schedule.hpp, core/node_index.hpp), at compile time.
#include <ctgrad/ctgrad.hpp>

#include <cstddef>
#include <type_traits>

namespace {

using namespace ctgrad;
using detail::find_node;
using detail::node_hash;
using detail::not_found;
using detail::schedule_of;
using detail::type_list;

constexpr auto x = var<"x">;
constexpr auto y = var<"y">;

// Operands first, and a sub-term used twice is one step.
using xy = decltype(x * y);
using sin_xy = decltype(sin(x * y));
using f = decltype(sin(x * y) * (x * y));
using f_schedule = schedule_of<f>;
static_assert(std::is_same_v<f_schedule::steps, type_list<xy, sin_xy, f>>);

// The index finds each step at its position, and nothing for other nodes or for leaves.
static_assert(find_node<f_schedule::index, xy>::value == 0);
static_assert(find_node<f_schedule::index, sin_xy>::value == 1);
static_assert(find_node<f_schedule::index, f>::value == 2);
static_assert(std::is_same_v<find_node<f_schedule::index, f>::type, f>);
static_assert(find_node<f_schedule::index, decltype(x + y)>::value == not_found);
static_assert(find_node<f_schedule::index, decltype(x)>::value == not_found);

// The hash sees operand order, the operation and constants' values.
static_assert(node_hash<decltype(x - y)>::value != node_hash<decltype(y - x)>::value);
static_assert(node_hash<decltype(x * y)>::value != node_hash<decltype(x + y)>::value);
static_assert(node_hash<decltype(c<1, 2> * x)>::value != node_hash<decltype(c<1, 3> * x)>::value);
static_assert(node_hash<decltype(var<"x", 2> * 2_c)>::value != node_hash<decltype(var<"x", 3> * 2_c)>::value);
// Whole names count: clang 14 spells a string template argument with its first ten
// characters only, so these two would collide if hashed from that spelling.
constexpr auto w1 = var<"layer_weight_1">;
constexpr auto w2 = var<"layer_weight_2">;
static_assert(node_hash<decltype(sin(w1))>::value != node_hash<decltype(sin(w2))>::value);
static_assert(decltype(compile(d(sin(w1) + sin(w2), w1)))::size == 1);

// A deep graph, each level using the one below once: 2 steps per level, every one found at
// its position, and more steps than clang allows operands in a fold expression (256). The
// deep operand is the second, and the walk over its 400 nested nodes stays inside both
// compilers' instantiation depth limits; one that nested four instantiations per level of
// the graph stopped at about 225 (g++) or 256 (clang).
template <int Levels, class E>
constexpr auto chain(E e) {
  if constexpr (Levels == 0) return e;
  else return chain<Levels - 1>(x + sin(e));
}
using deep = decltype(chain<200>(x));
using deep_schedule = schedule_of<deep>;
static_assert(deep_schedule::steps::size == 2 * 200);

template <class Index, class... Steps>
constexpr bool every_step_at_its_position(type_list<Steps...>) {
  const std::size_t found[] = {find_node<Index, Steps>::value...};  // no fold: clang allows 256
  for (std::size_t position = 0; position < sizeof...(Steps); ++position)
    if (found[position] != position) return false;
  return true;
}
static_assert(every_step_at_its_position<deep_schedule::index>(deep_schedule::steps{}));
// Its derivative: cos(e_k) and a product and a sum per level, beside the values.
constexpr std::size_t deep_derivative_steps = decltype(compile(d(deep{}, x)))::size;
static_assert(deep_derivative_steps <= 5 * 200);

// symbols_of walks the same graphs: each variable and parameter once, in order of first
// appearance, over one- and two-operand nodes and the deep chain alike.
constexpr auto p = param<"p">;
using x_t = std::remove_cv_t<decltype(x)>;
using y_t = std::remove_cv_t<decltype(y)>;
using p_t = std::remove_cv_t<decltype(p)>;
static_assert(
    std::is_same_v<symbols_of<decltype(sin(x * p) + exp(y) * x)>, type_list<x_t, p_t, y_t>>);
static_assert(std::is_same_v<symbols_of<decltype(y), f>, type_list<y_t, x_t>>);
static_assert(std::is_same_v<symbols_of<deep>, type_list<x_t>>);

// Sharing: each level uses the one below three times. The schedule, and the reverse sweep's
// derivative, visit each distinct node once, not each of the 3^6 paths. (Kept shallow: clang's
// cost follows the derivative's size as a tree, see docs/design.md.)
template <int Levels, class E>
constexpr auto ladder(E e) {
  if constexpr (Levels == 0) return e;
  else return ladder<Levels - 1>(sin(e) * cos(e) + e);
}
using shared = decltype(ladder<6>(x));
static_assert(schedule_of<shared>::steps::size == 4 * 6);
static_assert(decltype(compile(d(shared{}, x)))::size <= 10 * 6);

}  // namespace
