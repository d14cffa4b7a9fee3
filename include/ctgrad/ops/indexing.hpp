#pragma once
// Taking a tensor apart along its first dimension and putting it back together. element<I>(a)
// is a[I] (a row of a matrix, an element of a vector) and is public; the operations stack
// (a tensor from equally shaped parts) and embed (a part placed into zeros) are internal:
// jacobian() stacks the gradients of a vector's elements, and each is another's adjoint.

#include <ctgrad/config.hpp>
#include <ctgrad/core/constant.hpp>
#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/make.hpp>
#include <ctgrad/core/shape_of.hpp>
#include <ctgrad/detail/decimal.hpp>
#include <ctgrad/detail/type_list.hpp>
#include <ctgrad/ops/broadcast.hpp>
#include <ctgrad/ops/notation.hpp>
#include <ctgrad/ops/reductions.hpp>
#include <ctgrad/tensor/tensor.hpp>

#include <cstddef>
#include <type_traits>

namespace ctgrad {

namespace detail {

template <class S>
struct prepend_dim;
template <std::size_t... D>
struct prepend_dim<shape<D...>> {
  template <std::size_t N>
  using with = shape<N, D...>;
};

template <std::size_t I>
inline constexpr auto element_text = concat(fixed_string("element<"),
                                            decimal<static_cast<std::intmax_t>(I)>(),
                                            fixed_string(">("));
template <std::size_t I, std::size_t N>
inline constexpr auto embed_text = concat(fixed_string("embed<"),
                                          decimal<static_cast<std::intmax_t>(I)>(),
                                          fixed_string(", "),
                                          decimal<static_cast<std::intmax_t>(N)>(),
                                          fixed_string(">("));

}  // namespace detail

namespace op {

template <std::size_t I, std::size_t N>
struct embed;

/// a[I]: the I-th part of a along its first dimension.  adjoint: G embedded at I in zeros
template <std::size_t I>
struct element : tensor_operation {
  static constexpr notation text = function_call(detail::element_text<I>.view());
  static constexpr notation latex = text;

  template <class A>
  using result_shape = typename detail::remove_dim<0, A>::type;

  template <class T, class A>
  CTGRAD_INLINE static constexpr auto evaluate(const A& a) {
    using out_shape = result_shape<typename A::shape_type>;
    value_of_shape_t<T, out_shape> out;
    auto* o = detail::elements_of(out);
    for (std::size_t k = 0; k < out_shape::size; ++k) o[k] = a.elements[I * out_shape::size + k];
    return out;
  }

  template <std::size_t, class G, class A>
  static constexpr detail::made_t<embed<I, shape_of<A>::dims[0]>, G> vjp(G, A) {
    return {};
  }

  /// element<I>(embed<J, N>(a)) is a when I == J, else zeros.
  template <class A, bool Embedded = detail::is_embedding<A>>
  struct simplified {
    using type = node_of<element, A>;
  };
  template <class A>
  struct simplified<A, true> {
    using type = std::conditional_t<detail::embedding<A>::index == I,
                                    typename detail::embedding<A>::part, zero>;
  };
};

/// An N x (a's shape) tensor of zeros with a at position I.  adjoint: G[I]
template <std::size_t I, std::size_t N>
struct embed : tensor_operation {
  static constexpr notation text = function_call(detail::embed_text<I, N>.view());
  static constexpr notation latex = text;

  template <class A>
  using result_shape = typename detail::prepend_dim<A>::template with<N>;

  template <class T, class A>
  CTGRAD_INLINE static constexpr auto evaluate(const A& a) {
    using part = detail::value_shape<A>;
    value_of_shape_t<T, result_shape<part>> out{};
    const auto* source = detail::elements_of(a);
    for (std::size_t k = 0; k < part::size; ++k) out.elements[I * part::size + k] = source[k];
    return out;
  }

  template <std::size_t, class G, class A>
  static constexpr detail::made_t<element<I>, G> vjp(G, A) {
    return {};
  }

  template <class A>
  struct simplified {
    using type = std::conditional_t<is_constant_value<A, 0>, zero, node_of<embed, A>>;
  };
};

/// The tensor whose parts along a new first dimension are the operands (all of one shape).
/// adjoint of operand I: G[I]
struct stack : tensor_operation {
  static constexpr notation text = function_call("stack(");
  static constexpr notation latex = text;

  template <class... Parts>
  using result_shape =
      typename detail::prepend_dim<detail::type_at<0, Parts...>>::template with<sizeof...(Parts)>;

  template <class T, class... A>
  CTGRAD_INLINE static constexpr auto evaluate(const A&... parts) {
    using part = detail::type_at<0, detail::value_shape<A>...>;
    value_of_shape_t<T, result_shape<detail::value_shape<A>...>> out;
    std::size_t at = 0;
    ((copy_part<part>(out.elements + part::size * at++, parts)), ...);
    return out;
  }

  template <std::size_t I, class G, class... A>
  static constexpr detail::made_t<element<I>, G> vjp(G, A...) {
    return {};
  }

 private:
  template <class Part, class T, class V>
  CTGRAD_INLINE static constexpr void copy_part(T* out, const V& v) {
    const auto* source = detail::elements_of(v);
    for (std::size_t k = 0; k < Part::size; ++k) out[k] = source[k];
  }
};

}  // namespace op

namespace detail {
/// The shape of an element of a tensor of shape S, to stand in with after a mistake (a
/// scalar, which has no elements, keeps its shape).
template <class S>
struct element_shape {
  using type = S;
};
template <std::size_t First, std::size_t... D>
struct element_shape<shape<First, D...>> {
  using type = shape<D...>;
};
}  // namespace detail

/// a[I], the I-th element of a vector or row of a matrix.
template <std::size_t I, expression A>
constexpr auto element(A) {
  if constexpr (shape_of<A>::rank >= 1 && I < shape_of<A>::dims[0]) {
    return node_of<op::element<I>, A>{};
  } else if constexpr (detail::follows_an_error<A>) {
    return detail::stand_in_for<typename detail::element_shape<shape_of<A>>::type>{};
  } else {
    static_assert(shape_of<A>::rank >= 1 && I < shape_of<A>::dims[0],
                  "ctgrad: element<I>(a) needs I below a's first dimension");
    return detail::stand_in_for<typename detail::element_shape<shape_of<A>>::type>{};
  }
}

}  // namespace ctgrad
