#pragma once
// Softmax, log-softmax, cross-entropy and mean squared error. One new operation carries the
// numerics: logsumexp over the last dimension, evaluated stably (the largest element is
// factored out, so no exp overflows). The rest are expressions over it:
//   log_softmax(z) = z - logsumexp(z)      softmax(z) = exp(log_softmax(z))
// whose derivatives the existing rules give; d logsumexp(z) = softmax(z) dz.

#include <ctgrad/config.hpp>
#include <ctgrad/core/constant.hpp>
#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/make.hpp>
#include <ctgrad/core/shape_of.hpp>
#include <ctgrad/detail/spelled_name.hpp>
#include <ctgrad/ops/arithmetic.hpp>
#include <ctgrad/ops/broadcast.hpp>
#include <ctgrad/ops/elementary.hpp>
#include <ctgrad/ops/notation.hpp>
#include <ctgrad/ops/reductions.hpp>
#include <ctgrad/ops/scalar_functions.hpp>
#include <ctgrad/tensor/tensor.hpp>

#include <cstddef>
#include <type_traits>

namespace ctgrad {

namespace error {
template <class LogitsShape, class TargetsShape>
struct targets_do_not_match_logits {};
template <class Operation, class Shape>
struct operand_must_be_a_vector_or_matrix;
}  // namespace error

namespace op {

/// log(sum(exp(a))) over a's last dimension (a vector gives a scalar, a matrix one value per
/// row).  adjoint: G expanded along the last dimension, times softmax(a)
struct logsumexp : tensor_operation {
  static constexpr notation text = function_call("logsumexp(");
  static constexpr notation latex =
      latex_delimited("\\operatorname{logsumexp}\\left(", "", "\\right)");

  template <class A>
  using result_shape = typename detail::remove_dim<A::rank - 1, A>::type;

  template <class T, class A>
  CTGRAD_INLINE static constexpr auto evaluate(const A& a) {
    using in = typename A::shape_type;
    constexpr std::size_t n = in::dims[in::rank - 1];
    constexpr std::size_t rows = in::size / n;
    value_of_shape_t<T, result_shape<in>> out;
    T* o = detail::elements_of(out);
    for (std::size_t r = 0; r < rows; ++r) {
      const T* row = a.elements + r * n;
      T largest = row[0];
      for (std::size_t j = 1; j < n; ++j) largest = row[j] > largest ? row[j] : largest;
      T total = scalar::exp(T(row[0] - largest));
      for (std::size_t j = 1; j < n; ++j) total += scalar::exp(T(row[j] - largest));
      o[r] = largest + scalar::log(total);
    }
    return out;
  }

  template <std::size_t I, class G, class A>
  static constexpr auto vjp(G g, A a) {
    constexpr std::size_t last = shape_of<A>::rank - 1;
    return ctgrad::make<multiply>(ctgrad::make<expand<last, shape_of<A>::dims[last]>>(g),
                                  softmax_of(a));
  }

  /// exp(a - logsumexp(a)), built the way log_softmax builds it, so the two share sub-terms.
  template <class A>
  static constexpr auto softmax_of(A a) {
    constexpr std::size_t last = shape_of<A>::rank - 1;
    return ctgrad::make<exp>(ctgrad::make<subtract>(
        a, ctgrad::make<expand<last, shape_of<A>::dims[last]>>(ctgrad::make<logsumexp>(a))));
  }
};

/// Class indices to one-hot rows: a vector of B labels (whole numbers 0..C-1, stored in the
/// scalar type) becomes the B x C matrix with a 1 at (i, label_i). Its derivative is 0.
template <std::size_t C>
struct one_hot : tensor_operation {
  static constexpr notation text = function_call("one_hot(");
  static constexpr notation latex = text;

  template <class A>
  using result_shape = typename detail::insert_dim<A::rank, C, A>::type;

  template <class T, class A>
  CTGRAD_INLINE static constexpr auto evaluate(const A& labels) {
    value_of_shape_t<T, result_shape<detail::value_shape<A>>> out;
    constexpr std::size_t rows = detail::value_shape<A>::size;
    for (std::size_t r = 0; r < rows; ++r)
      for (std::size_t j = 0; j < C; ++j)
        out.elements[r * C + j] =
            detail::element_for<rows>(labels, r) == static_cast<T>(j) ? T(1) : T(0);
    return out;
  }

  template <std::size_t I, class G, class A>
  static constexpr auto vjp(G, A) {
    return ctgrad::make<broadcast<shape_of<A>>>(zero{});
  }
};

}  // namespace op

namespace detail {
template <class A>
constexpr auto last_dim_expand(auto e) {
  constexpr std::size_t last = shape_of<A>::rank - 1;
  return expand<last, shape_of<A>::dims[last]>(e);
}
}  // namespace detail

/// log(softmax(z)) over the last dimension: z - logsumexp(z), computed without overflow.
template <expression Z>
constexpr auto log_softmax(Z z) {
  if constexpr (shape_of<Z>::rank == 1 || shape_of<Z>::rank == 2) {
    return z - detail::last_dim_expand<Z>(node_of<op::logsumexp, Z>{});
  } else if constexpr (detail::follows_an_error<Z>) {
    return detail::stand_in_for<shape_of<Z>>{};
  } else {
    static_assert(
        shape_of<Z>::rank == 1 || shape_of<Z>::rank == 2 ||
            detail::reject<error::operand_must_be_a_vector_or_matrix<op::logsumexp, shape_of<Z>>>,
        "ctgrad: log_softmax and softmax take a vector or a matrix (one row per sample)");
    return detail::stand_in_for<shape_of<Z>>{};
  }
}

/// exp(z_j) / sum_k exp(z_k) over the last dimension (each row of a matrix).
template <expression Z>
constexpr auto softmax(Z z) {
  return exp(log_softmax(z));
}

/// Cross-entropy of softmax(logits) against targets, averaged over the rows of a batch:
///   -(1/B) sum_i sum_j y_ij log softmax(z)_ij
/// Targets are either one-hot (or any distribution), shaped like the logits, or class indices,
/// one per row (a vector of B whole numbers for B x C logits, a scalar for a vector).
template <expression Z, expression Y>
constexpr auto cross_entropy(Z logits, Y targets) {
  using zs = shape_of<Z>;
  using ys = shape_of<Y>;
  constexpr bool one_hot_targets = std::is_same_v<zs, ys>;
  constexpr bool index_targets =
      zs::rank >= 1 && std::is_same_v<typename detail::remove_dim<zs::rank - 1, zs>::type, ys>;
  constexpr std::intmax_t batch = zs::rank == 2 ? static_cast<std::intmax_t>(zs::dims[0]) : 1;
  constexpr auto scale = constant_of<detail::rational{-1, batch}>{};
  if constexpr (one_hot_targets) {
    return scale * sum(targets * log_softmax(logits));
  } else if constexpr (index_targets) {
    return scale * sum(node_of<op::one_hot<zs::dims[zs::rank - 1]>, Y>{} * log_softmax(logits));
  } else if constexpr (detail::follows_an_error<Z, Y>) {
    return detail::stand_in_for<shape<>>{};  // a scalar, like the loss
  } else {
    static_assert(one_hot_targets || index_targets ||
                      detail::reject<error::targets_do_not_match_logits<zs, ys>>,
                  "ctgrad: cross_entropy(logits, targets) takes targets shaped like the logits "
                  "(one-hot) or like the logits without their last dimension (class indices)");
    return detail::stand_in_for<shape<>>{};  // a scalar, like the loss
  }
}

/// Mean squared error: mean((a - b)^2).
template <expression A, expression B>
constexpr auto mse(A a, B b) {
  return mean(square(a - b));
}

}  // namespace ctgrad
