#pragma once
// Matrix products and transposes: matmul (matrix-matrix, matrix-vector, vector-matrix), dot,
// outer and transpose. A transpose next to a product is never materialised: matmul carries a
// flag per operand saying it reads that operand transposed, and simplification moves every
// transpose of a product's operand into the flags, including those in derivatives:
//   d(A·B) = dA·B + A·dB, so the adjoint of A is G·Bᵀ and of B is Aᵀ·G.

#include <ctgrad/config.hpp>
#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/make.hpp>
#include <ctgrad/core/shape_of.hpp>
#include <ctgrad/detail/spelled_name.hpp>
#include <ctgrad/ops/arithmetic.hpp>
#include <ctgrad/ops/broadcast.hpp>
#include <ctgrad/ops/notation.hpp>
#include <ctgrad/tensor/tensor.hpp>

#include <cstddef>
#include <cstdint>
#include <type_traits>

namespace ctgrad {

namespace error {
template <class LeftShape, class RightShape>
struct matmul_inner_dimensions_differ {};
template <class Operation, class Shape>
struct operand_must_be_a_vector_or_matrix {};
template <class Shape>
struct transpose_needs_a_matrix {};
}  // namespace error

namespace op {
struct transpose;
}  // namespace op

namespace detail {

/// How a product reads an operand of shape S as a matrix: a matrix as itself or transposed;
/// a vector as a row (1 x n) or, transposed, a column (n x 1); a scalar as 1 x 1. `keeps_*`
/// says whether a dimension is the operand's own (kept in the result) or an added 1.
template <class S, bool Transposed>
struct matrix_view {
  static constexpr std::size_t rows = 1, cols = 1;
  static constexpr bool keeps_rows = false, keeps_cols = false;
  template <class V>
  static constexpr const V& at(const V& v, std::size_t, std::size_t) {
    return v;
  }
};
template <std::size_t N, bool Transposed>
struct matrix_view<shape<N>, Transposed> {
  static constexpr std::size_t rows = Transposed ? N : 1, cols = Transposed ? 1 : N;
  static constexpr bool keeps_rows = Transposed, keeps_cols = !Transposed;
  template <class V>
  static constexpr const auto& at(const V& v, std::size_t r, std::size_t c) {
    return v.elements[r + c];
  }
};
template <std::size_t M, std::size_t N, bool Transposed>
struct matrix_view<shape<M, N>, Transposed> {
  static constexpr std::size_t rows = Transposed ? N : M, cols = Transposed ? M : N;
  static constexpr bool keeps_rows = true, keeps_cols = true;
  template <class V>
  static constexpr const auto& at(const V& v, std::size_t r, std::size_t c) {
    if constexpr (Transposed)
      return v.elements[c * N + r];
    else
      return v.elements[r * N + c];
  }
};

/// The shape of L·R: the view dimensions that belong to the operands, the added 1s dropped.
template <class L, class R>
using product_shape =
    std::conditional_t<L::keeps_rows,
                       std::conditional_t<R::keeps_cols, shape<L::rows, R::cols>, shape<L::rows>>,
                       std::conditional_t<R::keeps_cols, shape<R::cols>, shape<>>>;

/// The flag a product reads an adjoint G of shape_of<L·R> with, so that G views as rows x cols.
template <class L, class R>
inline constexpr bool adjoint_transposed = L::keeps_rows && !R::keeps_cols;

template <bool TA, bool TB>
constexpr auto matmul_text() {
  if constexpr (!TA && !TB)
    return function_call("matmul(");
  else if constexpr (TA && !TB)
    return notation{"matmul(transpose(", "), ", ")"};
  else if constexpr (!TA)
    return notation{"matmul(", ", transpose(", "))"};
  else
    return notation{"matmul(transpose(", "), transpose(", "))"};
}
template <bool TA, bool TB>
constexpr notation matmul_latex() {
  // A sum as an operand keeps its parentheses (LaTeX braces group but do not show), and a
  // transposed operand binds like a power.
  constexpr int a_min = TA ? precedence::power + 1 : precedence::product;
  constexpr int b_min = TB ? precedence::power + 1 : precedence::product + 1;
  if constexpr (!TA && !TB)
    return {"{", "} {", "}", precedence::product, a_min, b_min};
  else if constexpr (TA && !TB)
    return {"{", "}^{\\top} {", "}", precedence::product, a_min, b_min};
  else if constexpr (!TA)
    return {"{", "} {", "}^{\\top}", precedence::product, a_min, b_min};
  else
    return {"{", "}^{\\top} {", "}^{\\top}", precedence::product, a_min, b_min};
}

/// The operand of a transpose node.
template <class E>
struct transpose_operand;
template <std::uint64_t key, auto x>
struct transpose_operand<node<op::transpose, key, x>> {
  using type = type_of<x>;
};

}  // namespace detail

namespace op {

/// L·R with L read transposed when TA, R when TB (see matrix_view).
///   adjoint of L: G·Rᵀ       adjoint of R: Lᵀ·G
/// each itself a matmul whose flags say where the transposes are, so none is materialised.
template <bool TA, bool TB>
struct matmul : tensor_operation {
  /// Printed as the user would write it: a vector in its usual place (a row on the left, a
  /// column on the right) is no transpose, and a column times a row is outer(u, v).
  template <bool Latex, class A, class B>
  static constexpr notation notation_for() {
    constexpr bool vectors = shape_of<A>::rank == 1 && shape_of<B>::rank == 1;
    constexpr bool outer_product = vectors && TA && !TB;
    constexpr bool shown_a = TA && !outer_product;
    constexpr bool shown_b = shape_of<B>::rank == 2 ? TB : (!TB && !outer_product);
    if constexpr (outer_product && Latex)
      return {
          "{", "} {", "}^{\\top}", precedence::product, precedence::product, precedence::power + 1};
    else if constexpr (outer_product)
      return function_call("outer(");
    else if constexpr (Latex)
      return detail::matmul_latex<shown_a, shown_b>();
    else
      return detail::matmul_text<shown_a, shown_b>();
  }

  template <class A, class B>
  using result_shape =
      detail::product_shape<detail::matrix_view<A, TA>, detail::matrix_view<B, TB>>;

  template <class T, class A, class B>
  CTGRAD_INLINE static constexpr auto evaluate(const A& a, const B& b) {
    using left = detail::matrix_view<detail::value_shape<A>, TA>;
    using right = detail::matrix_view<detail::value_shape<B>, TB>;
    value_of_shape_t<T, detail::product_shape<left, right>> out;
    T* o = detail::elements_of(out);
    for (std::size_t r = 0; r < left::rows; ++r)
      for (std::size_t c = 0; c < right::cols; ++c) {
        T sum = left::at(a, r, 0) * right::at(b, 0, c);
        for (std::size_t k = 1; k < left::cols; ++k) sum += left::at(a, r, k) * right::at(b, k, c);
        o[r * right::cols + c] = sum;
      }
    return out;
  }

  /// Operand I's adjoint given G, Tg being how a product reads G (adjoint_transposed). A class
  /// with a spelled result, so that d() reads vjp's type without instantiating it.
  template <std::size_t I, bool Tg, class G, class A, class B>
  struct adjoint;
  template <bool Tg, class G, class A, class B>
  struct adjoint<0, Tg, G, A, B>
      : std::conditional_t<!TA, detail::made<matmul<Tg, !TB>, G, B>,  // G·Rᵀ
                           detail::made<matmul<TB, !Tg>, B, G>> {};   // (G·Rᵀ)ᵀ = R·Gᵀ
  template <bool Tg, class G, class A, class B>
  struct adjoint<1, Tg, G, A, B>
      : std::conditional_t<!TB, detail::made<matmul<!TA, Tg>, A, G>,  // Lᵀ·G
                           detail::made<matmul<!Tg, TA>, G, A>> {};   // (Lᵀ·G)ᵀ = Gᵀ·L

  template <std::size_t I, class G, class A, class B>
  static constexpr
      typename adjoint<I,
                       detail::adjoint_transposed<detail::matrix_view<shape_of<A>, TA>,
                                                  detail::matrix_view<shape_of<B>, TB>>,
                       G, A, B>::type
      vjp(G, A, B) {
    return {};
  }

  /// A transposed operand folds into the product's flag; a scalar operand makes a product.
  template <class A, class B,
            int Rule = is_node_of<A, transpose>                             ? 0
                       : is_node_of<B, transpose>                           ? 1
                       : (shape_of<A>::rank == 0 || shape_of<B>::rank == 0) ? 2
                                                                            : 3>
  struct simplified {
    using type = node_of<matmul, A, B>;
  };
  template <class A, class B>
  struct simplified<A, B, 0>
      : detail::made<matmul<!TA, TB>, typename detail::transpose_operand<A>::type, B> {};
  template <class A, class B>
  struct simplified<A, B, 1>
      : detail::made<matmul<TA, !TB>, A, typename detail::transpose_operand<B>::type> {};
  template <class A, class B>
  struct simplified<A, B, 2> : detail::made<multiply, A, B> {};
};

/// The transpose of a matrix.  adjoint: Gᵀ
struct transpose : tensor_operation {
  static constexpr notation text = function_call("transpose(");
  static constexpr notation latex{"{", "", "}^{\\top}", precedence::power, precedence::power + 1,
                                  0};

  template <class A>
  using result_shape = shape<A::dims[1], A::dims[0]>;

  template <class T, class A>
  CTGRAD_INLINE static constexpr auto evaluate(const A& a) {
    constexpr std::size_t m = A::shape_type::dims[0];
    constexpr std::size_t n = A::shape_type::dims[1];
    tensor<T, n, m> out;
    for (std::size_t r = 0; r < m; ++r)
      for (std::size_t c = 0; c < n; ++c) out.elements[c * m + r] = a.elements[r * n + c];
    return out;
  }

  template <std::size_t I, class G, class A>
  static constexpr detail::made_t<transpose, G> vjp(G, A) {
    return {};
  }

  /// transpose(transpose(a)) is a.
  template <class A>
  struct simplified {
    using type = node_of<transpose, A>;
  };
  template <std::uint64_t key, auto x>
  struct simplified<node<transpose, key, x>> {
    using type = detail::type_of<x>;
  };
};

}  // namespace op

namespace detail {

template <class Operation, class S>
constexpr bool check_vector_or_matrix() {
  static_assert(S::rank == 1 || S::rank == 2 ||
                    reject<error::operand_must_be_a_vector_or_matrix<Operation, S>>,
                "ctgrad: a matrix product's operands are vectors or matrices");
  return S::rank == 1 || S::rank == 2;
}

template <class S>
inline constexpr bool is_vector_or_matrix = S::rank == 1 || S::rank == 2;

/// The product node; after a mistake, reported here or below an operand, a stand-in: of the
/// product's shape when the operands are vectors or matrices, so nothing after it fails too.
template <class Operation, bool TA, bool TB, class A, class B>
constexpr auto build_product(A, B) {
  using sa = shape_of<A>;
  using sb = shape_of<B>;
  if constexpr (!(is_vector_or_matrix<sa> && is_vector_or_matrix<sb>)) {
    if constexpr (!follows_an_error<A, B>) {  // else the ranks follow a reported mistake
      check_vector_or_matrix<Operation, sa>();
      check_vector_or_matrix<Operation, sb>();
    }
    return stand_in_for<sa>{};
  } else {
    using left = matrix_view<sa, TA>;
    using right = matrix_view<sb, TB>;
    if constexpr (left::cols == right::rows) {
      return node_of<op::matmul<TA, TB>, A, B>{};
    } else if constexpr (follows_an_error<A, B>) {
      return stand_in_for<product_shape<left, right>>{};
    } else {
      static_assert(
          left::cols == right::rows || reject<error::matmul_inner_dimensions_differ<sa, sb>>,
          "ctgrad: matmul(a, b) needs a's last dimension to equal b's first");
      return stand_in_for<product_shape<left, right>>{};
    }
  }
}

struct matmul_call {};
struct dot_call {};
struct outer_call {};

}  // namespace detail

/// The matrix product a·b of matrices and vectors: (m x k)·(k x n) is m x n, (m x k)·(k) is m,
/// (k)·(k x n) is n, and (k)·(k) is a scalar (the dot product).
template <expression A, expression B>
constexpr auto matmul(A a, B b) {
  // A vector on the right is read as a column.
  return detail::build_product<detail::matmul_call, false, shape_of<B>::rank == 1>(a, b);
}

/// The dot product of two vectors of equal length: sum_i a_i b_i.
template <expression A, expression B>
requires(shape_of<A>::rank == 1 && shape_of<B>::rank == 1) constexpr auto dot(A a, B b) {
  return detail::build_product<detail::dot_call, false, true>(a, b);
}

/// The outer product of two vectors: (m) and (n) give the m x n matrix a_i b_j.
template <expression A, expression B>
requires(shape_of<A>::rank == 1 && shape_of<B>::rank == 1) constexpr auto outer(A a, B b) {
  return detail::build_product<detail::outer_call, true, false>(a, b);
}

/// The transpose of a matrix.
template <expression A>
constexpr auto transpose(A) {
  if constexpr (shape_of<A>::rank == 2) {
    return node_of<op::transpose, A>{};
  } else if constexpr (detail::follows_an_error<A>) {
    return detail::stand_in_for<shape_of<A>>{};
  } else {
    static_assert(
        shape_of<A>::rank == 2 || detail::reject<error::transpose_needs_a_matrix<shape_of<A>>>,
        "ctgrad: transpose(a) needs a matrix (rank 2)");
    return detail::stand_in_for<shape_of<A>>{};
  }
}

}  // namespace ctgrad
