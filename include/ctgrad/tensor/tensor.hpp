#pragma once
// ctgrad::tensor<T, Dims...>: fixed-size, row-major numbers for binding and returning tensor
// values. An aggregate with one flat array, so it is constexpr, trivially copyable and
// initialised like an array: tensor<double, 2, 3> w{1, 2, 3, 4, 5, 6} is [[1, 2, 3], [4, 5, 6]].

#include <ctgrad/core/binding.hpp>
#include <ctgrad/core/shape.hpp>

#include <array>
#include <cstddef>
#include <type_traits>
#include <utility>

namespace ctgrad {

template <class T, std::size_t... Dims>
struct tensor {
  static_assert(sizeof...(Dims) <= 3, "ctgrad::tensor: ranks 0 to 3 are supported");
  using value_type = T;
  using shape_type = shape<Dims...>;
  static constexpr std::size_t rank = sizeof...(Dims);
  static constexpr std::size_t size = shape_type::size;

  T elements[size];

  /// Element at a multi-index, one index per dimension: w(1, 2).
  template <class... I>
  requires(sizeof...(I) == rank && (std::is_integral_v<I> && ...)) constexpr T& operator()(
      I... index) {
    return elements[flat_index(index...)];
  }
  template <class... I>
  requires(sizeof...(I) == rank && (std::is_integral_v<I> && ...)) constexpr const T& operator()(
      I... index) const {
    return elements[flat_index(index...)];
  }

  /// Element by its row-major position.
  constexpr T& operator[](std::size_t i) { return elements[i]; }
  constexpr const T& operator[](std::size_t i) const { return elements[i]; }

  [[nodiscard]] constexpr T* begin() { return elements; }
  [[nodiscard]] constexpr T* end() { return elements + size; }
  [[nodiscard]] constexpr const T* begin() const { return elements; }
  [[nodiscard]] constexpr const T* end() const { return elements + size; }

  friend constexpr bool operator==(const tensor&, const tensor&) = default;

 private:
  template <class... I>
  static constexpr std::size_t flat_index(I... index) {
    std::size_t flat = 0;
    std::size_t d = 0;
    ((flat = flat * shape_type::dims[d++] + static_cast<std::size_t>(index)), ...);
    return flat;
  }
};

template <class T>
inline constexpr bool is_tensor = false;
template <class T, std::size_t... Dims>
inline constexpr bool is_tensor<tensor<T, Dims...>> = true;

/// The value of an expression of shape S in scalar type T: T itself for a scalar.
template <class T, class S>
struct value_of_shape;
template <class T>
struct value_of_shape<T, shape<>> {
  using type = T;
};
template <class T, std::size_t... Dims>
requires(sizeof...(Dims) > 0) struct value_of_shape<T, shape<Dims...>> {
  using type = tensor<T, Dims...>;
};
template <class T, class S>
using value_of_shape_t = typename value_of_shape<T, S>::type;

namespace detail {

/// What can be bound to a symbol of shape<Dims...>: a tensor, or (nested) std::array or
/// C array of that shape. `array_shape` recovers the shape and element type of each.
template <class A>
struct array_shape {
  using shape_type = shape<>;
  using element = A;
};
template <class T, std::size_t... Dims>
struct array_shape<tensor<T, Dims...>> {
  using shape_type = shape<Dims...>;
  using element = T;
};
template <class Inner, std::size_t N>
struct array_shape<std::array<Inner, N>> {
  template <class S>
  struct prepend;
  template <std::size_t... D>
  struct prepend<shape<D...>> {
    using type = shape<N, D...>;
  };
  using shape_type = typename prepend<typename array_shape<Inner>::shape_type>::type;
  using element = typename array_shape<Inner>::element;
};
template <class Inner, std::size_t N>
struct array_shape<Inner[N]> : array_shape<std::array<Inner, N>> {};

/// Row-major copy of a nested array into out; a tensor's elements are already flat.
template <class Out, class A>
constexpr void flatten_into(Out*& out, const A& a) {
  if constexpr (is_tensor<A>) {
    for (const auto& x : a.elements) *out++ = x;
  } else if constexpr (std::is_array_v<A> || requires {
                         a.size();
                         a[0];
                       }) {
    for (const auto& inner : a) flatten_into(out, inner);
  } else {
    *out++ = a;
  }
}

/// The elements of a value as a pointer: a scalar is its own single element.
template <class V>
constexpr auto* elements_of(V& v) {
  if constexpr (is_tensor<std::remove_const_t<V>>)
    return v.elements;
  else
    return &v;
}

/// Element i of an element-wise result of Size elements, read from an operand value under the
/// broadcasting rule: a scalar everywhere, a trailing-shape operand repeated.
template <std::size_t Size, class V>
constexpr const auto& element_for(const V& v, std::size_t i) {
  if constexpr (!is_tensor<V>)
    return v;
  else if constexpr (V::size == Size)
    return v.elements[i];
  else
    return v.elements[i % V::size];
}

}  // namespace detail

/// A tensor holding a nested std::array's or C array's elements (the shape is the array's).
template <class A>
constexpr auto make_tensor(const A& a) {
  using info = detail::array_shape<A>;
  return []<std::size_t... Dims>(const A& source, shape<Dims...>) {
    tensor<typename info::element, Dims...> t{};
    auto* out = t.elements;
    detail::flatten_into(out, source);
    return t;
  }
  (a, typename info::shape_type{});
}

namespace detail {
/// `W = w` keeps a nested std::array or C array as a tensor of its shape.
template <class Inner, std::size_t N>
struct bound_storage<std::array<Inner, N>> {
  using type = decltype(make_tensor(std::declval<const std::array<Inner, N>&>()));
  static constexpr type store(const std::array<Inner, N>& a) { return make_tensor(a); }
};
template <class Inner, std::size_t N>
struct bound_storage<Inner[N]> {
  using type = decltype(make_tensor(std::declval<const Inner (&)[N]>()));
  static constexpr type store(const Inner (&a)[N]) { return make_tensor(a); }
};
}  // namespace detail

}  // namespace ctgrad
