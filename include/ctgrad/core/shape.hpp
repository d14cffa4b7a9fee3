#pragma once
// Shapes are part of an expression's type: shape<> is a scalar, shape<3> a vector, shape<2, 3>
// a 2x3 matrix (row-major). The rule for element-wise operations on two shapes is here too.

#include <cstddef>
#include <type_traits>

namespace ctgrad {

template <std::size_t... Dims>
struct shape {
  static_assert(((Dims > 0) && ...), "ctgrad: every dimension of a shape is at least 1");
  static constexpr std::size_t rank = sizeof...(Dims);
  static constexpr std::size_t size = (std::size_t{1} * ... * Dims);
  static constexpr std::size_t dims[rank + 1] = {Dims..., 0};  // + 1: rank 0 has no dims
};

namespace detail {

template <class Small, class Large>
inline constexpr bool is_suffix_v = false;
template <std::size_t... S, std::size_t... L>
inline constexpr bool is_suffix_v<shape<S...>, shape<L...>> = [] {
  constexpr std::size_t small[] = {S..., 0};
  constexpr std::size_t large[] = {L..., 0};
  constexpr std::size_t ns = sizeof...(S);
  constexpr std::size_t nl = sizeof...(L);
  if constexpr (ns > nl)
    return false;
  else {
    for (std::size_t i = 0; i < ns; ++i)
      if (small[i] != large[nl - ns + i]) return false;
    return true;
  }
}();

}  // namespace detail

/// The one broadcasting rule of element-wise operations: two shapes combine when they are
/// equal, or when the smaller is the trailing part of the larger (a scalar with anything; a
/// row of n with every row of an m x n matrix). Size-1 dimensions never stretch, so a 4x3
/// minus a 4x1 is an error, not a silent broadcast; expand() says it explicitly.
template <class A, class B>
inline constexpr bool broadcastable = detail::is_suffix_v<A, B> || detail::is_suffix_v<B, A>;

/// The shape of an element-wise result: the larger of two broadcastable shapes.
template <class A, class B>
using broadcast_shape = std::conditional_t<(A::rank >= B::rank), A, B>;

}  // namespace ctgrad
