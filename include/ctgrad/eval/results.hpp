#pragma once
// Several values returned at once (a program's outputs, an evaluated gradient): a std::array
// when they share one type, as scalar results always do, and a std::tuple when their shapes
// differ. Both unpack with structured bindings: auto [loss, dW, db] = ...

#include <array>
#include <tuple>
#include <type_traits>

namespace ctgrad::detail {

template <class... V>
struct results {
  using type = std::tuple<V...>;
};
template <class First, class... Rest>
requires(std::is_same_v<First, Rest>&&...) struct results<First, Rest...> {
  using type = std::array<First, 1 + sizeof...(Rest)>;
};

template <class... V>
using results_t = typename results<V...>::type;

template <class... V>
constexpr results_t<V...> collect_values(const V&... values) {
  return {values...};
}

}  // namespace ctgrad::detail
