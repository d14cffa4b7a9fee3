#pragma once
// node_hash<E>: a 64-bit hash of an expression's structure, computed once per distinct
// sub-term. The graph algorithms key sub-terms by it (core/node_index.hpp), so that finding a
// node takes a few template instantiations rather than a comparison with every other node.
// A hash is a key, not an identity: every lookup checks that the type it found is the type it
// looked for, so two sub-terms that hash alike stop the compile, they never mix up.

#include <ctgrad/core/node.hpp>

#include <cstdint>
#include <initializer_list>
#include <type_traits>

namespace ctgrad::detail {

/// A bijective scramble of 64 bits (the splitmix64 finalizer), so that nearby inputs give
/// unrelated keys and a search tree over them stays balanced.
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

/// The hash of a leaf or operation tag: of the compiler's spelling of its type, which is
/// short for these (a symbol's name and shape, a constant's value, an operation's tag).
template <class T>
consteval std::uint64_t spelling_hash() {
  std::uint64_t h = 0xcbf29ce484222325U;  // FNV-1a
  for (const char* c = __PRETTY_FUNCTION__; *c != '\0'; ++c)
    h = (h ^ static_cast<unsigned char>(*c)) * 0x100000001b3U;
  return scramble(h);
}

// A class with the value in its base, not a variable template: g++ gives every variable it
// instantiates a mangled name, and a name spelling out a deep expression costs more than the
// hash itself (docs/design.md, "Where the compile time goes").
template <class E>
struct node_hash : std::integral_constant<std::uint64_t, spelling_hash<E>()> {};
template <class Op, class... A>
struct node_hash<node<Op, A...>>
    : std::integral_constant<std::uint64_t, combine_hashes({spelling_hash<Op>(), node_hash<A>::value...})> {};

}  // namespace ctgrad::detail
