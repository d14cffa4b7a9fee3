#pragma once
// Sums and means over all elements or one dimension, and expand, which repeats a value along
// a new dimension. sum over a dimension and expand along it are each other's adjoints.

#include <ctgrad/config.hpp>
#include <ctgrad/core/constant.hpp>
#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/make.hpp>
#include <ctgrad/core/shape_of.hpp>
#include <ctgrad/detail/decimal.hpp>
#include <ctgrad/detail/spelled_name.hpp>
#include <ctgrad/ops/arithmetic.hpp>
#include <ctgrad/ops/broadcast.hpp>
#include <ctgrad/ops/notation.hpp>
#include <ctgrad/tensor/tensor.hpp>

#include <cstddef>
#include <utility>

namespace ctgrad {

namespace error {
template <class Operation, class Shape, std::size_t Dim>
struct dimension_out_of_range {};
}  // namespace error

namespace detail {

/// S with dimension D removed.
template <std::size_t D, class S>
struct remove_dim;
template <std::size_t D, std::size_t... Dims>
struct remove_dim<D, shape<Dims...>> {
  static constexpr std::size_t dims[] = {Dims..., 0};
  template <std::size_t... I>
  static auto keep(std::index_sequence<I...>) -> shape<dims[I < D ? I : I + 1]...>;
  using type = decltype(keep(std::make_index_sequence<sizeof...(Dims) - 1>{}));
};

/// S with a dimension of size N inserted at position D.
template <std::size_t D, std::size_t N, class S>
struct insert_dim;
template <std::size_t D, std::size_t N, std::size_t... Dims>
struct insert_dim<D, N, shape<Dims...>> {
  static constexpr std::size_t dims[] = {Dims..., 0};
  template <std::size_t... I>
  static auto make(std::index_sequence<I...>) -> shape<(I < D    ? dims[I]
                                                        : I == D ? N
                                                                 : dims[I - 1])...>;
  using type = decltype(make(std::make_index_sequence<sizeof...(Dims) + 1>{}));
};

/// A shape split around dimension D: `outer` elements before it, `inner` after it.
template <class S, std::size_t D>
struct split_at {
  static constexpr std::size_t outer = [] {
    std::size_t n = 1;
    for (std::size_t i = 0; i < D; ++i) n *= S::dims[i];
    return n;
  }();
  static constexpr std::size_t inner = S::size / outer / S::dims[D];
};

template <std::size_t D>
inline constexpr auto dimension_text = concat(fixed_string("<"),
                                              decimal<static_cast<std::intmax_t>(D)>(),
                                              fixed_string(">("));
template <std::size_t D>
inline constexpr auto sum_dim_text = concat(fixed_string("sum"), dimension_text<D>);
template <std::size_t D, std::size_t N>
inline constexpr auto expand_text = concat(fixed_string("expand<"),
                                           decimal<static_cast<std::intmax_t>(D)>(),
                                           fixed_string(", "),
                                           decimal<static_cast<std::intmax_t>(N)>(),
                                           fixed_string(">("));

}  // namespace detail

namespace op {

template <std::size_t D, std::size_t N>
struct expand;

/// a summed over dimension D.  adjoint: G expanded back along D
template <std::size_t D>
struct sum_dim : tensor_operation {
  static constexpr notation text = function_call(detail::sum_dim_text<D>.view());
  static constexpr notation latex = text;

  template <class A>
  using result_shape = typename detail::remove_dim<D, A>::type;

  template <class T, class A>
  CTGRAD_INLINE static constexpr auto evaluate(const A& a) {
    using in = typename A::shape_type;
    using split = detail::split_at<in, D>;
    constexpr std::size_t n = in::dims[D];
    value_of_shape_t<T, result_shape<in>> out{};
    T* o = detail::elements_of(out);
    for (std::size_t i = 0; i < split::outer; ++i)
      for (std::size_t j = 0; j < n; ++j)
        for (std::size_t k = 0; k < split::inner; ++k)
          o[i * split::inner + k] += a.elements[(i * n + j) * split::inner + k];
    return out;
  }

  template <std::size_t I, class G, class A>
  static constexpr auto vjp(G g, A) {
    return ctgrad::make<expand<D, shape_of<A>::dims[D]>>(g);
  }

  /// Over a one-hot embed<I, N>(a) (ops/embedding.hpp): summing its first dimension gives a;
  /// summing a later one keeps it one-hot, embed<I, N>(sum<D - 1>(a)).
  template <class A>
  static constexpr auto simplify(A) {
    if constexpr (!detail::is_embedding<A>)
      return node_of<sum_dim, A>{};
    else if constexpr (D == 0)
      return typename detail::embedding<A>::part{};
    else
      return ctgrad::make<embed<detail::embedding<A>::index, shape_of<A>::dims[0]>>(
          ctgrad::make<sum_dim<D - 1>>(typename detail::embedding<A>::part{}));
  }
};

/// a repeated N times along a new dimension at position D.  adjoint: G summed over D
template <std::size_t D, std::size_t N>
struct expand : tensor_operation {
  static constexpr notation text = function_call(detail::expand_text<D, N>.view());
  static constexpr notation latex = text;

  template <class A>
  using result_shape = typename detail::insert_dim<D, N, A>::type;

  template <class T, class A>
  CTGRAD_INLINE static constexpr auto evaluate(const A& a) {
    using out_shape = result_shape<detail::value_shape<A>>;
    using split = detail::split_at<out_shape, D>;
    tensor_for<T, out_shape> out;
    for (std::size_t i = 0; i < split::outer; ++i)
      for (std::size_t j = 0; j < N; ++j)
        for (std::size_t k = 0; k < split::inner; ++k)
          out.elements[(i * N + j) * split::inner + k] =
              detail::element_for<1>(a, i * split::inner + k);
    return out;
  }

  template <std::size_t I, class G, class A>
  static constexpr auto vjp(G g, A) {
    return ctgrad::make<sum_dim<D>>(g);
  }

 private:
  template <class T, class S>
  using tensor_for = value_of_shape_t<T, S>;
};

}  // namespace op

/// The sum of all elements of a (a scalar).
template <expression A>
constexpr auto sum(A a) {
  if constexpr (shape_of<A>::rank == 0)
    return a;
  else
    return node_of<op::sum_leading<shape_of<A>::rank>, A>{};
}

/// a summed over dimension D: for a 2x3 matrix, sum<0> gives 3 column sums, sum<1> 2 row sums.
template <std::size_t D, expression A>
constexpr auto sum(A) {
  if constexpr (D < shape_of<A>::rank) {
    return node_of<op::sum_dim<D>, A>{};
  } else if constexpr (detail::follows_an_error<A>) {
    return detail::stand_in_for<shape_of<A>>{};
  } else {
    static_assert(D < shape_of<A>::rank ||
                      detail::reject<error::dimension_out_of_range<op::sum_dim<D>, shape_of<A>, D>>,
                  "ctgrad: sum<D>(a) needs a dimension D of a");
    return detail::stand_in_for<shape_of<A>>{};
  }
}

/// The mean of all elements of a.
template <expression A>
constexpr auto mean(A a) {
  return sum(a) * constant_of<detail::rational{1, static_cast<std::intmax_t>(shape_of<A>::size)}>{};
}

/// The mean of a over dimension D.
template <std::size_t D, expression A>
constexpr auto mean(A a) {
  if constexpr (D < shape_of<A>::rank)
    return sum<D>(a) *
           constant_of<detail::rational{1, static_cast<std::intmax_t>(shape_of<A>::dims[D])}>{};
  else
    return sum<D>(a);
}

/// a repeated N times along a new dimension D (a vector of 3 expanded <0, 2> is a 2x3
/// matrix of two equal rows; expanded <1, 2>, a 3x2 matrix of two equal columns).
template <std::size_t D, std::size_t N, expression A>
constexpr auto expand(A) {
  static_assert(N > 0, "ctgrad: expand<D, N>(a) needs N >= 1");
  if constexpr (N == 0) {
    return detail::stand_in_for<shape_of<A>>{};  // after the error above
  } else if constexpr (D <= shape_of<A>::rank) {
    return node_of<op::expand<D, N>, A>{};
  } else if constexpr (detail::follows_an_error<A>) {
    return detail::stand_in_for<shape_of<A>>{};
  } else {
    static_assert(
        D <= shape_of<A>::rank ||
            detail::reject<error::dimension_out_of_range<op::expand<D, N>, shape_of<A>, D>>,
        "ctgrad: expand<D, N>(a) inserts dimension D, so D can be at most a's rank");
    return detail::stand_in_for<shape_of<A>>{};
  }
}

}  // namespace ctgrad
