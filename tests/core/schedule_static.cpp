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

// A deep graph, each level using the one below once: 2 steps per level, every one found at
// its position.
template <int Levels, class E>
constexpr auto chain(E e) {
  if constexpr (Levels == 0) return e;
  else return chain<Levels - 1>(sin(e) + x);
}
using deep = decltype(chain<40>(x));
using deep_schedule = schedule_of<deep>;
static_assert(deep_schedule::steps::size == 2 * 40);

template <class Index, class... Steps>
constexpr bool every_step_at_its_position(type_list<Steps...>) {
  std::size_t position = 0;
  return ((find_node<Index, Steps>::value == position++) && ...);
}
static_assert(every_step_at_its_position<deep_schedule::index>(deep_schedule::steps{}));

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
