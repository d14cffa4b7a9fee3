#pragma once
// The schedule of a fused program: every distinct inner node of the outputs, each after its
// operands. Nodes are identified by type, which is sound because expression types carry no
// data: two equal types always denote the same computation.

#include <ctgrad/core/expression.hpp>
#include <ctgrad/detail/type_list.hpp>

#include <type_traits>

namespace ctgrad::detail {

template <class Done, class E>
struct schedule_node;

template <class Done, class... E>
struct schedule_all {
  using type = Done;
};
template <class Done, class First, class... Rest>
struct schedule_all<Done, First, Rest...> {
  using type = typename schedule_all<typename schedule_node<Done, First>::type, Rest...>::type;
};

template <class Done, class E>
struct schedule_new_node {
  using type = Done;  // leaves take no step
};
template <class... Done, class Op, class... A>
struct schedule_new_node<type_list<Done...>, node<Op, A...>> {
  using after_operands = typename schedule_all<type_list<Done...>, A...>::type;
  using type = typename append_unique<after_operands, node<Op, A...>>::type;
};

// A node already scheduled is not visited again: shared sub-terms cost once, not once per path.
template <class Done, class E>
struct schedule_node {
  using type = typename std::conditional_t<contains<E, Done>, type_identity_tag<Done>,
                                           schedule_new_node<Done, E>>::type;
};

/// type_list of the inner nodes of Outputs..., operands first.
template <class... Outputs>
using schedule = typename schedule_all<type_list<>, Outputs...>::type;

}  // namespace ctgrad::detail
