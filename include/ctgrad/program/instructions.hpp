#pragma once
// A schedule rewritten as a flat list of instructions (a Wengert list as a type): each
// instruction names its operation, its shape, where its value goes and where its operands come
// from, by position rather than by expression type. The evaluator is instantiated once per
// instruction, and an instruction's type is a few words however deep the expression above it
// is. That matters because g++ mangles the name of every function and variable it
// instantiates, at a cost that grows faster than the name: per-step functions named after
// nested expression types made the compile time of a program grow with the cube of its depth
// (docs/design.md, "Where the compile time goes").
//
// Values live in pools, one array per distinct shape, so the storage type is small too.

#include <ctgrad/config.hpp>
#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/node_index.hpp>
#include <ctgrad/core/schedule.hpp>
#include <ctgrad/core/shape_of.hpp>
#include <ctgrad/core/symbol.hpp>
#include <ctgrad/core/symbols_of.hpp>
#include <ctgrad/detail/named_by_value.hpp>
#include <ctgrad/detail/type_list.hpp>
#include <ctgrad/tensor/tensor.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <type_traits>
#include <utility>

namespace ctgrad::detail {

/// The value in slot Slot of the pool of shape number Pool.
template <std::size_t Pool, std::size_t Slot>
struct slot_ref {};

// The tests on operand kinds are concepts over classes, not variable templates: g++ mangles a
// variable per operand tested (core/make.hpp, "On names").
template <class T>
struct slot_ref_test : std::false_type {};
template <std::size_t Pool, std::size_t Slot>
struct slot_ref_test<slot_ref<Pool, Slot>> : std::true_type {};
template <class T>
concept is_slot_ref = slot_ref_test<T>::value;

/// Leaf K of a program, the K-th of its symbols (symbols_of its outputs), of shape Shape: read
/// from the program's leaf_table (program/leaf_table.hpp).
template <std::size_t K, class Shape>
struct leaf_ref {
  using shape_type = Shape;
};

template <class T>
struct leaf_ref_test : std::false_type {};
template <std::size_t K, class Shape>
struct leaf_ref_test<leaf_ref<K, Shape>> : std::true_type {};
template <class T>
concept is_leaf_ref = leaf_ref_test<T>::value;

/// The destination of a fused instruction: none, it is computed element by element inside
/// its one user's loop.
struct inline_value {};

/// Op applied to Operands (slot_refs, leaves, or fused instructions), of shape Shape, its
/// value stored at Destination.
template <class Destination, class Op, class Shape, class... Operands>
struct instruction {};

/// The slots of one shape, Count values of type V; a fused step has no slot, so a pool can
/// be empty.
template <std::size_t Pool, class V, std::size_t Count>
struct pool {
  V values[Count == 0 ? 1 : Count];
};
template <class... Pools>
struct pool_set : Pools... {};

template <std::size_t Pool, std::size_t Slot, class V, std::size_t Count>
CTGRAD_INLINE constexpr V& slot_value(pool<Pool, V, Count>& p) {
  return p.values[Slot];
}
template <std::size_t Pool, std::size_t Slot, class V, std::size_t Count>
CTGRAD_INLINE constexpr const V& slot_value(const pool<Pool, V, Count>& p) {
  return p.values[Slot];
}

/// The slot a slot_ref names, in a pool_set (const or not).
template <std::size_t Pool, std::size_t Slot, class Pools>
CTGRAD_INLINE constexpr auto& slot_at(slot_ref<Pool, Slot>, Pools& pools) {
  return slot_value<Pool, Slot>(pools);
}

/// A distinct address per type, so types compare as pointers within one constant
/// evaluation rather than through a template instantiation per pair.
template <class T>
inline constexpr char identity = 0;

struct step_facts {
  std::size_t uses = 0;       // how often the step is an operand (x*x counts twice)
  std::size_t last_user = 0;  // position of the last step using it
  std::size_t shape = 0;      // number of its shape among the program's distinct shapes
  bool elementwise = false;   // a tensor step applying one scalar function per element
  bool output = false;
  bool fused = false;    // computed inside its user's loop, with no slot of its own
  std::size_t slot = 0;  // its slot in the pool of its shape
};

template <std::size_t Size>
struct program_layout {
  std::array<step_facts, Size> steps{};
  std::size_t shapes = 0;
  std::array<std::size_t, Size + 1> representative{};  // a step of each distinct shape
  std::array<std::size_t, Size + 1> slots{};           // slots in each shape's pool
};

// The templates below take the instruction list as a parameter rather than being its members:
// g++ copies the enclosing class's template arguments, a pack as long as the schedule, each
// time it instantiates a member template, which made a program's compile time quadratic in
// its size (docs/design.md, "Where the compile time goes").

/// The instruction of step E of List, at position K, its operands at the positions Operands
/// (a position_list, not_found for a leaf). A fused step's has no destination and does nothing
/// where it stands in the list: its user computes it, element by element. Positions are
/// template arguments rather than static members: a member variable per step would be one more
/// long name for the compiler to mangle.
template <class List, class E, std::size_t K, class Operands>
struct step_instruction;

/// How operand E at position P is read: a constant as itself, a symbol as the program's leaf of
/// that name, a fused step as its instruction, any other step from its slot.
template <class List, class E, std::size_t P>
struct operand_reference {
  using type = E;
};
template <class List, fixed_string Name, symbol_role Role, class Shape, std::size_t P>
struct operand_reference<List, symbol<Name, Role, Shape>, P> {
  using type =
      leaf_ref<index_in_list<symbol<Name, Role, Shape>, typename List::symbols>::value, Shape>;
};

template <class List, class Op, std::uint64_t key, auto... a, std::size_t K, std::size_t... P>
struct step_instruction<List, node<Op, key, a...>, K, position_list<P...>> {
  using destination = std::conditional_t<
      List::layout::value.steps[K].fused, inline_value,
      slot_ref<List::layout::value.steps[K].shape, List::layout::value.steps[K].slot>>;
  using type = instruction<destination, Op, shape_of<node<Op, key, a...>>,
                           typename operand_reference<List, detail::type_of<a>, P>::type...>;
};

/// The positions of a node's operands, looked up in Index. Only a fused step needs this: its
/// instruction is built where its user reads it, and finding the positions the walk recorded
/// for it would mean a search through a list as long as the schedule.
template <class Index, class E>
struct indexed_operands;
template <class Index, class Op, std::uint64_t key, auto... a>
struct indexed_operands<Index, node<Op, key, a...>> {
  using type = position_list<find_node<Index, detail::type_of<a>>::value...>;
};

/// How step E, at position P, is read by its user: from its slot, or, fused, as its instruction.
template <class List, class E, std::size_t P, bool Fused = List::layout::value.steps[P].fused>
struct stored_or_fused {
  using type = slot_ref<List::layout::value.steps[P].shape, List::layout::value.steps[P].slot>;
};
template <class List, class E, std::size_t P>
struct stored_or_fused<List, E, P, true>
    : step_instruction<List, E, P, typename indexed_operands<typename List::index, E>::type> {};

template <class List, class Op, std::uint64_t key, auto... a, std::size_t P>
struct operand_reference<List, node<Op, key, a...>, P>
    : stored_or_fused<List, node<Op, key, a...>, P> {};

/// The instructions of the steps of List, in order.
template <class List, class Positions, class Steps, class Operands>
struct step_instructions;
template <class List, std::size_t... K, class... Steps, class... Operands>
struct step_instructions<List, std::index_sequence<K...>, type_list<Steps...>,
                         type_list<Operands...>> {
  using type = type_list<typename step_instruction<List, Steps, K, Operands>::type...>;
};

/// The values of the steps of List in T: one array per distinct shape.
template <class List, class T, class Steps = typename List::steps,
          class Pools = std::make_index_sequence<List::layout::value.shapes>>
struct program_storage;
template <class List, class T, class... Steps, std::size_t... Pool>
struct program_storage<List, T, type_list<Steps...>, std::index_sequence<Pool...>> {
  using type = pool_set<pool<
      Pool,
      value_of_shape_t<T, shape_of<type_at<List::layout::value.representative[Pool], Steps...>>>,
      List::layout::value.slots[Pool]>...>;
};

/// Where each of Size steps keeps its value, from what each step reads (its operands'
/// positions, not_found for a leaf), which steps are outputs, which are element-wise, and each
/// step's shape (as an address per shape). Integers only: a function per step would be named
/// after the step's whole expression.
template <std::size_t Size>
constexpr program_layout<Size> compute_layout(
    std::initializer_list<const std::size_t*> operand_lists,
    std::initializer_list<std::size_t> operand_counts, std::initializer_list<std::size_t> outputs,
    std::initializer_list<bool> elementwise_steps, std::initializer_list<const char*> step_shapes) {
  const std::size_t* const* operands = operand_lists.begin();
  const std::size_t* operand_count = operand_counts.begin();
  const bool* elementwise = elementwise_steps.begin();
  const char* const* shape = step_shapes.begin();
  program_layout<Size> found{};
  for (std::size_t user = 0; user < Size; ++user) {
    for (std::size_t j = 0; j < operand_count[user]; ++j) {
      const std::size_t used = operands[user][j];
      if (used == not_found) continue;  // a leaf
      ++found.steps[used].uses;
      found.steps[used].last_user = user;
    }
  }
  for (const std::size_t output : outputs)
    if (output != not_found) found.steps[output].output = true;

  // A program has a handful of distinct shapes, so a search among them per step is cheap.
  for (std::size_t k = 0; k < Size; ++k) {
    step_facts& step = found.steps[k];
    std::size_t j = 0;
    while (j < found.shapes && shape[found.representative[j]] != shape[k]) ++j;
    if (j == found.shapes) found.representative[found.shapes++] = k;
    step.shape = j;
    step.elementwise = elementwise[k];
  }
  for (std::size_t k = 0; k < Size; ++k) {
    step_facts& step = found.steps[k];
    const step_facts& user_step = found.steps[step.last_user];
    step.fused = step.elementwise && step.uses == 1 && !step.output && user_step.elementwise &&
                 user_step.shape == step.shape;
    if (!step.fused) step.slot = found.slots[step.shape]++;
  }
  return found;
}

/// Where each step of a schedule keeps its value, found in one pass over the steps, and the
/// instructions that compute them.
template <class Steps, class Outputs>
struct instruction_list;

template <class... Steps, class Index, class... Operands, class... Outputs>
struct instruction_list<scheduled<type_list<Steps...>, Index, type_list<Operands...>>,
                        type_list<Outputs...>> {
  using steps = type_list<Steps...>;
  using index = Index;
  using symbols = symbols_of<Outputs...>;
  // A value named by its numbers, not a member named after the schedule
  // (detail/named_by_value.hpp).
  using layout = constant_value<compute_layout<sizeof...(Steps)>(
      {Operands::at...}, {Operands::count...}, {find_node<Index, Outputs>::value...},
      {(is_elementwise<typename Steps::operation> && shape_of<Steps>::rank > 0)...},
      {&identity<shape_of<Steps>>...})>;

  // Below layout: these read it, and the other members they use, while the class is defined.
  using instructions =
      typename step_instructions<instruction_list, std::index_sequence_for<Steps...>,
                                 type_list<Steps...>, type_list<Operands...>>::type;
  using outputs = type_list<typename operand_reference<instruction_list, Outputs,
                                                       find_node<Index, Outputs>::value>::type...>;
};

}  // namespace ctgrad::detail
