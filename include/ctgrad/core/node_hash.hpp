#pragma once
// node_hash<E>: a 64-bit hash of an expression's structure. A node carries its own, computed
// from its operation's and its operands' hashes when it is made (core/node.hpp). The graph
// algorithms key sub-terms by it (core/node_index.hpp), so that finding a node takes a few template
// instantiations rather than a comparison with every other node. A hash is a key, not an identity:
// every lookup checks that the type it found is the type it looked for, so two sub-terms that hash
// alike stop the compile, they never mix up.

#include <ctgrad/core/constant.hpp>
#include <ctgrad/core/fixed_string.hpp>
#include <ctgrad/core/shape.hpp>
#include <ctgrad/core/symbol.hpp>

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <type_traits>

namespace ctgrad {
template <class Op, std::uint64_t Key, auto... Operands>
struct node;
}  // namespace ctgrad

namespace ctgrad::detail {

/// A bijective scramble of 64 bits (the splitmix64 finalizer), so that nearby inputs give
/// unrelated keys, spread evenly over the branches of the node index (core/node_index.hpp).
constexpr std::uint64_t scramble(std::uint64_t h) {
  h = (h ^ (h >> 30)) * 0xbf58476d1ce4e5b9U;
  h = (h ^ (h >> 27)) * 0x94d049bb133111ebU;
  return h ^ (h >> 31);
}

/// The hash of an ordered list of hashes: (a, b) and (b, a) differ.
constexpr std::uint64_t combine_hashes(std::initializer_list<std::uint64_t> parts) {
  std::uint64_t h = 0x243f6a8885a308d3U;
  for (std::uint64_t part : parts) h = scramble(h ^ part) + 0x9e3779b97f4a7c15U;
  return h;
}

/// The hash of a string (FNV-1a, scrambled).
constexpr std::uint64_t text_hash(std::string_view text) {
  std::uint64_t h = 0xcbf29ce484222325U;
  for (const char c : text) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3U;
  return scramble(h);
}

/// The hash of an operation tag: of the compiler's spelling of its type, which for a tag is
/// short and complete (its parameters are numbers, shapes and small structs). Not for leaves:
/// clang 14 spells a string argument with its first ten characters only, so symbols are
/// hashed from their contents below.
template <class T>
consteval std::uint64_t spelling_hash() {
  return text_hash(__PRETTY_FUNCTION__);
}

// A class with the value in its base, not a variable template: g++ gives every variable it
// instantiates a mangled name, and a name spelling out a deep expression costs more than the
// hash itself (docs/design.md, "Where the compile time goes").
template <class E>
struct node_hash;
template <std::intmax_t Num, std::intmax_t Den>
struct node_hash<constant<Num, Den>>
    : std::integral_constant<std::uint64_t, combine_hashes({1, static_cast<std::uint64_t>(Num),
                                                            static_cast<std::uint64_t>(Den)})> {};
template <fixed_string Name, symbol_role Role, std::size_t... Dims>
struct node_hash<symbol<Name, Role, shape<Dims...>>>
    : std::integral_constant<std::uint64_t, combine_hashes({2, text_hash(Name.view()),
                                                            static_cast<std::uint64_t>(Role),
                                                            sizeof...(Dims), Dims...})> {};
template <class Op, std::uint64_t Key, auto... Operands>
struct node_hash<node<Op, Key, Operands...>> : std::integral_constant<std::uint64_t, Key> {};

}  // namespace ctgrad::detail
