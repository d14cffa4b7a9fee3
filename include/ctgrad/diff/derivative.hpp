#pragma once
// d(f, x): the derivative of a scalar f with respect to a variable (or parameter) x of any
// shape, as a new, simplified expression of x's shape. Reverse accumulation, run entirely by
// the compiler: the adjoint of f is 1, and the adjoint of every other sub-term is the sum,
// over each use of it as an operand, of the user's vector-Jacobian product
//   adjoint(a_i) = sum over uses op(..., a_i, ...)  vjp_i(op, adjoint(op(...)))
// An element-wise operation's vjp is the adjoint times its partial derivative, summed back
// over any dimensions the operand was broadcast along; other operations give their own.
// A derivative with respect to a symbol that f does not contain is zero.
//
// The sums run as one reverse sweep over f's schedule, whose steps are numbered: each step's
// users are found by position, and each adjoint is computed once (docs/design.md).

#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/make.hpp>
#include <ctgrad/core/operation.hpp>
#include <ctgrad/core/schedule.hpp>
#include <ctgrad/core/shape_of.hpp>
#include <ctgrad/detail/named_by_value.hpp>
#include <ctgrad/detail/spelled_name.hpp>
#include <ctgrad/detail/type_list.hpp>
#include <ctgrad/diff/simplify.hpp>
#include <ctgrad/ops/arithmetic.hpp>
#include <ctgrad/ops/broadcast.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <type_traits>
#include <utility>

namespace ctgrad {

namespace error {
template <class Shape>
struct derivative_of_a_non_scalar {};
}  // namespace error

namespace detail {

template <class... Terms>
struct sum_of {
  using type = zero;
};
template <class First, class... Rest>
struct sum_of<First, Rest...> : made<op::add, First, typename sum_of<Rest...>::type> {};

/// A zero adjoint contributes nothing, whatever its shape.
template <class E>
struct zero_tensor : std::false_type {};
template <class S, std::uint64_t key>
struct zero_tensor<node<op::broadcast<S>, key, static_cast<zero*>(nullptr)>> : std::true_type {};
template <class E>
concept is_zero = is_constant_value<E, 0> || zero_tensor<E>::value;

/// The adjoint of operand I of node_of<Op, A...> given the node's adjoint G, by the rule Op
/// has: its partial derivative for an element-wise Op, its vjp for any other. Classes rather
/// than a function, like made (core/make.hpp), so that g++ need not name them.
template <bool Differentiable, bool Elementwise, std::size_t I, class Op, class G, class... A>
struct adjoint_by_rule {  // Op lacks the rule: the one error, and zero as a stand-in
  // Evaluating the call in a template argument instantiates it, so its static_assert fires,
  // without a member or variable named after A....
  using type = std::conditional_t<(detail::report_missing_derivative<Op>(), true), zero, zero>;
};
template <std::size_t I, class Op, class G, class... A>
struct adjoint_by_rule<true, true, I, Op, G, A...>
    : reduced_to<shape_of<type_at<I, A...>>,
                 typename made<op::multiply, G, decltype(Op::template partial<I>(A{}...))>::type> {
};
template <std::size_t I, class Op, class G, class... A>
struct adjoint_by_rule<true, false, I, Op, G, A...> {
  using type = decltype(Op::template vjp<I>(G{}, A{}...));
};
template <std::size_t I, class Op, class G, class... A>
using vector_jacobian_product =
    adjoint_by_rule<differentiable_operation<Op, I, G, A...>, is_elementwise<Op>, I, Op, G, A...>;

/// Which steps of a schedule use which: the users of step p, in order, are
/// user[first[p]] ... user[first[p + 1] - 1]; the operands of step u are at the positions
/// operand[operand_first[u]] ... operand[operand_first[u + 1] - 1]. Positions Size ... Size +
/// Variables - 1 stand for the variables, not_found for other leaves. Edges is the number of
/// operands of all steps.
template <std::size_t Size, std::size_t Variables, std::size_t Edges>
struct use_table {
  std::array<std::size_t, Size + Variables + 1> first{};
  std::array<std::size_t, Edges + 1> user{};
  std::array<bool, Size + Variables> reaches_variable{};  // its value depends on a variable
  std::array<std::size_t, Size + 1> operand_first{};
  std::array<std::size_t, Edges + 1> operand{};
};

/// One pass over the operand positions of every step (operand_positions, the variables
/// numbered from Size), counting each user once however often it uses a step (x * x).
template <std::size_t Size, std::size_t Variables, std::size_t Edges>
constexpr use_table<Size, Variables, Edges> find_uses(
    std::initializer_list<const std::size_t*> operand_lists,
    std::initializer_list<std::size_t> operand_counts) {
  const std::size_t* const* operands = operand_lists.begin();
  const std::size_t* counts = operand_counts.begin();
  use_table<Size, Variables, Edges> table{};
  for (std::size_t user = 0; user < Size; ++user) {
    table.operand_first[user + 1] = table.operand_first[user] + counts[user];
    for (std::size_t k = 0; k < counts[user]; ++k)
      table.operand[table.operand_first[user] + k] = operands[user][k];
  }
  const auto each_distinct_use = [&](auto&& visit) {
    for (std::size_t user = 0; user < Size; ++user)
      for (std::size_t operand = 0; operand < counts[user]; ++operand) {
        const std::size_t used = operands[user][operand];
        bool repeated = false;
        for (std::size_t earlier = 0; earlier < operand; ++earlier)
          repeated = repeated || operands[user][earlier] == used;
        if (used != not_found && !repeated) visit(used, user);
      }
  };
  each_distinct_use([&](std::size_t used, std::size_t) { ++table.first[used + 1]; });
  for (std::size_t step = 0; step < Size + Variables; ++step)
    table.first[step + 1] += table.first[step];
  std::array<std::size_t, Size + Variables> filled{};
  each_distinct_use([&](std::size_t used, std::size_t user) {
    table.user[table.first[used] + filled[used]++] = user;
  });
  for (std::size_t variable = Size; variable < Size + Variables; ++variable)
    table.reaches_variable[variable] = true;
  each_distinct_use([&](std::size_t used, std::size_t user) {
    table.reaches_variable[user] = table.reaches_variable[user] || table.reaches_variable[used];
  });
  return table;
}

/// The sum of counts: a loop, not a fold expression, which clang limits to 256 operands.
constexpr std::size_t total(std::initializer_list<std::size_t> counts) {
  std::size_t sum = 0;
  for (const std::size_t count : counts) sum += count;
  return sum;
}

/// Reverse accumulation over the schedule of F, a numbered list of steps, for the distinct
/// variables Variables (a type_list): the adjoint of step p is the sum over its users u, in
/// order, of what u passes back to it, and is computed once, as a class named by (sweep, p).
/// A step's adjoint does not depend on which variable is wanted, so one sweep serves them all;
/// variable k is numbered size + k. Operands' positions are those the schedule's walk recorded,
/// and a user's node is found in the node index by its key, never by comparing a node with the
/// others. Its size and tables are named by value (detail/named_by_value.hpp).
template <class Variables, class Scheduled>
struct reverse_sweep;
template <class Variables, class... Steps, class Index, class... Operands>
struct reverse_sweep<Variables, scheduled<type_list<Steps...>, Index, type_list<Operands...>>>
    : counted<sizeof...(Steps)> {
  using variables = Variables;
  using index = Index;
  using counted<sizeof...(Steps)>::size;
  using keys = constant_value<std::array<std::uint64_t, size + 1>{node_hash<Steps>::value..., 0}>;
  using uses = constant_value<find_uses<size, Variables::size, total({Operands::count...})>(
      {operand_positions<Steps, Operands, Variables, size>::at...}, {Operands::count...})>;
};

// The sweep's helpers below take the sweep as a parameter rather than being its members: g++
// copies the enclosing class's template arguments, a pack as long as the schedule, each time it
// instantiates a member template, which made the sweep quadratic in the graph's size
// (docs/design.md, "Where the compile time goes").

template <class Sweep, std::size_t P>
struct adjoint_at;

/// The step at position U of a sweep.
template <class Sweep, std::size_t U>
using step_at = typename search_index<typename Sweep::index, Sweep::keys::value[U]>::type;

/// What node_of<Op, A...> with adjoint G passes back through its operand I: the vector-Jacobian
/// product when operand I is the step whose adjoint is being summed, zero otherwise.
template <bool IsOperand, std::size_t I, class Op, class G, class... A>
struct passed_back {
  using type = zero;
};
template <std::size_t I, class Op, class G, class... A>
struct passed_back<true, I, Op, G, A...> : vector_jacobian_product<I, Op, G, A...> {};

/// What step U passes back to step P: one vjp per operand position P holds (two for x * x).
template <class Sweep, std::size_t U, std::size_t P, class G = typename adjoint_at<Sweep, U>::type,
          bool Silent = is_zero<G>, class User = step_at<Sweep, U>>
struct contribution {
  using type = zero;
};
template <class Sweep, std::size_t U, std::size_t P, class G, class Op, std::uint64_t key,
          auto... a>
struct contribution<Sweep, U, P, G, false, node<Op, key, a...>> {
  template <class Sequence>
  struct over;
  template <std::size_t... I>
  struct over<std::index_sequence<I...>> {
    using type = typename sum_of<typename passed_back<
        Sweep::uses::value.operand[Sweep::uses::value.operand_first[U] + I] == P, I, Op, G,
        detail::type_of<a>...>::type...>::type;
  };
  using type = typename over<std::make_index_sequence<sizeof...(a)>>::type;
};

template <class Sweep, std::size_t P, class Users>
struct gather_adjoint;
template <class Sweep, std::size_t P, std::size_t... J>
struct gather_adjoint<Sweep, P, std::index_sequence<J...>> {
  using type = typename sum_of<typename contribution<
      Sweep, Sweep::uses::value.user[Sweep::uses::value.first[P] + J], P>::type...>::type;
};

/// The adjoint of step P (P >= size: of a variable). The last step is F, whose adjoint is 1.
template <class Sweep, std::size_t P>
struct adjoint_at {
  using type = typename std::conditional_t<
      P + 1 == Sweep::size, type_identity_tag<one>,
      gather_adjoint<Sweep, P,
                     std::make_index_sequence<Sweep::uses::value.first[P + 1] -
                                              Sweep::uses::value.first[P]>>>::type;
};

/// Step P's adjoint where P depends on a variable; zero, and no work, elsewhere.
template <class Sweep, std::size_t P>
using needed_adjoint = std::conditional_t<Sweep::uses::value.reaches_variable[P],
                                          adjoint_at<Sweep, P>, type_identity_tag<zero>>;

/// The adjoints of the steps that depend on a variable, last step first, and then the
/// variables' own, in a type_list. Listing them in that order makes the compiler finish each
/// step's users before the step, so no adjoint waits on a chain of others as deep as the graph.
template <class Sweep, class Order = std::make_index_sequence<Sweep::size>,
          class Variables = std::make_index_sequence<Sweep::variables::size>>
struct variable_adjoints;
template <class Sweep, std::size_t... K, std::size_t... V>
struct variable_adjoints<Sweep, std::index_sequence<K...>, std::index_sequence<V...>> {
  using all = type_list<typename needed_adjoint<Sweep, Sweep::size - 1 - K>::type...>;
  using type = type_list<typename adjoint_at<Sweep, Sweep::size + V>::type...>;
};

/// The adjoints in the scalar F of the distinct symbols Variables (a type_list), as a type_list.
template <class F, class Variables>
struct adjoints_of;
template <class F, class... X>
struct adjoints_of<F, type_list<X...>> {  // F is a leaf
  using type = type_list<std::conditional_t<std::is_same<F, X>::value, one, zero>...>;
};
template <class Op, std::uint64_t key, auto... a, class... X>
struct adjoints_of<node<Op, key, a...>, type_list<X...>>
    : variable_adjoints<reverse_sweep<type_list<X...>, schedule_of<node<Op, key, a...>>>> {};

template <class List, class... X>
struct distinct;
template <class List>
struct distinct<List> {
  using type = List;
};
template <class List, class First, class... Rest>
struct distinct<List, First, Rest...>
    : distinct<typename append_unique<List, First>::type, Rest...> {};

/// The derivatives of the scalar F in each of the symbols X..., each of its symbol's shape, as
/// a type_list, from one reverse sweep however many symbols there are.
template <class F, class... X>
struct gradient_of {
  using variables = typename distinct<type_list<>, X...>::type;
  template <class Adjoints>
  struct each;
  template <class... A>
  struct each<type_list<A...>> {
    using type = type_list<
        made_t<op::broadcast<shape_of<X>>, type_at<index_in_list<X, variables>::value, A...>>...>;
  };
  using type = typename each<
      typename adjoints_of<typename simplified_expression<F>::type, variables>::type>::type;
};

template <class List>
struct front;
template <class First, class... Rest>
struct front<type_list<First, Rest...>> {
  using type = First;
};

}  // namespace detail

/// The derivative of a scalar f with respect to x (a variable or parameter), simplified, of
/// x's shape. Higher derivatives compose: d(d(f, x), y).
template <expression F, class X>
constexpr auto d(F, X) {
  static_assert(is_symbol<X>,
                "ctgrad::d(f, x): x must be a variable or parameter (var<\"x\">, param<\"p\">), "
                "not an expression or a number");
  if constexpr (shape_of<F>::rank != 0) {
    if constexpr (!detail::follows_an_error<F>)  // else f's shape follows a reported mistake
      static_assert(
          shape_of<F>::rank == 0 || detail::reject<error::derivative_of_a_non_scalar<shape_of<F>>>,
          "ctgrad::d(f, x): f must be a scalar; for a tensor f use jacobian(f, x), or "
          "d(sum(f), x) for the derivative of each element of an element-wise f");
  }
  if constexpr (is_symbol<X> && shape_of<F>::rank == 0)
    return typename detail::front<typename detail::gradient_of<F, X>::type>::type{};
  else
    return detail::stand_in_for<shape_of<X>>{};  // of x's shape, like the derivative
}

namespace detail {
/// d(f, x)... as a type_list, all from one reverse sweep; or, after a mistake, d's own errors:
/// one for a non-scalar f however many x there are, one per x that is not a symbol.
template <class F>
constexpr type_list<> derivatives(F) {
  return {};
}
template <class F, class X, class... Rest>
constexpr auto derivatives(F f, X x, Rest... rest) {
  // A list of tests, not a fold: clang stops a fold of more than 256 operands.
  if constexpr (is_symbol<X> && first_true({!is_symbol<Rest>...}) == not_found &&
                shape_of<F>::rank == 0)
    return typename gradient_of<F, X, Rest...>::type{};
  else if constexpr (shape_of<F>::rank != 0)
    return type_list<decltype(ctgrad::d(f, x)), stand_in_for<shape_of<Rest>>...>{};
  else
    return type_list<decltype(ctgrad::d(f, x)), decltype(ctgrad::d(f, rest))...>{};
}
}  // namespace detail

}  // namespace ctgrad
