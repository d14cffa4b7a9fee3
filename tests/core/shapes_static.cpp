// Shapes at compile time: the result shape of every tensor operation, derivatives shaped like
// their variable, the broadcasting rule, tensor values and bindings, and printed tensor
// derivatives. Compiling this file is passing it.
#include <ctgrad/ctgrad.hpp>

#include <array>
#include <cstddef>
#include <type_traits>

using namespace ctgrad;

namespace {

/// has_shape<2, 3>(e): e's value is a 2x3 matrix.
template <std::size_t... D, class E>
constexpr bool has_shape(E) {
  return std::is_same_v<shape_of<E>, shape<D...>>;
}

constexpr auto A = var<"A", 2, 3>;
constexpr auto B = var<"B", 3, 4>;
constexpr auto u = var<"u", 2>;
constexpr auto v = var<"v", 3>;
constexpr auto s = var<"s">;
constexpr auto R = var<"R", 1, 3>;  // a 1xN row
constexpr auto C = var<"C", 3, 1>;  // an Nx1 column

// Shapes themselves.
static_assert(shape<2, 3>::rank == 2 && shape<2, 3>::size == 6 && shape<2, 3>::dims[1] == 3);
static_assert(shape<>::rank == 0 && shape<>::size == 1);
static_assert(has_shape<2, 3>(A) && has_shape<3>(v) && has_shape<>(s) && has_shape<>(2_c));

// Matrix products: (m,k)(k,n) -> (m,n), (m,k)(k) -> (m), (k)(k,n) -> (n), (k)(k) -> scalar.
static_assert(has_shape<2, 4>(matmul(A, B)));
static_assert(has_shape<2>(matmul(A, v)));
static_assert(has_shape<3>(matmul(u, A)));
static_assert(has_shape<>(matmul(v, v)));
static_assert(has_shape<>(dot(v, v)));
static_assert(has_shape<2, 3>(outer(u, v)));
static_assert(has_shape<1, 1>(matmul(R, C)));
static_assert(has_shape<3, 3>(matmul(C, R)));
static_assert(has_shape<1>(matmul(R, v)));
static_assert(has_shape<3, 2>(transpose(A)));
static_assert(has_shape<3, 1>(transpose(R)));
static_assert(has_shape<3>(matmul(transpose(A), u)));
static_assert(has_shape<4, 2>(matmul(transpose(B), transpose(A))));
static_assert(has_shape<3, 3>(matmul(transpose(A), A)));
// A transpose written by the user folds into the product's flags when simplified: one node.
static_assert(is_node_of<decltype(simplify(matmul(transpose(A), A))), op::matmul<true, false>>);
static_assert(has_shape<3, 3>(simplify(matmul(transpose(A), A))));

// Element-wise operations take the larger shape of two that broadcast.
static_assert(has_shape<2, 3>(A + v));
static_assert(has_shape<2, 3>(v * A));
static_assert(has_shape<2, 3>(s * A));
static_assert(has_shape<2, 3>(A / s));
static_assert(has_shape<3>(v - s));
static_assert(has_shape<2, 3>(exp(A) + sigmoid(A)));
static_assert(has_shape<1, 3>(R * v));
static_assert(has_shape<3, 1>(pow(C, s)));

// Reductions, expand and element.
static_assert(has_shape<>(sum(A)) && has_shape<>(sum(v)) && has_shape<>(sum(s)));
static_assert(has_shape<3>(sum<0>(A)) && has_shape<2>(sum<1>(A)) && has_shape<>(sum<0>(v)));
static_assert(has_shape<1>(sum<0>(C)) && has_shape<3>(sum<1>(C)));
static_assert(has_shape<>(mean(A)) && has_shape<3>(mean<0>(A)) && has_shape<2>(mean<1>(A)));
static_assert(has_shape<4, 3>(expand<0, 4>(v)) && has_shape<3, 4>(expand<1, 4>(v)));
static_assert(has_shape<5, 2, 3>(expand<0, 5>(A)) && has_shape<2, 5, 3>(expand<1, 5>(A)) &&
              has_shape<2, 3, 5>(expand<2, 5>(A)));
static_assert(has_shape<2>(expand<0, 2>(s)));
static_assert(has_shape<3>(element<1>(A)) && has_shape<>(element<2>(v)) && has_shape<1>(element<2>(C)));

// Losses: softmax keeps its operand's shape, losses are scalars.
static_assert(has_shape<2, 3>(softmax(A)) && has_shape<3>(log_softmax(v)) && has_shape<1, 3>(softmax(R)));
static_assert(has_shape<>(cross_entropy(A, param<"y", 2, 3>)));  // one-hot
static_assert(has_shape<>(cross_entropy(A, param<"y", 2>)));     // class indices
static_assert(has_shape<>(cross_entropy(v, param<"y">)));        // one label for a vector
static_assert(has_shape<>(mse(A, A)) && has_shape<>(mse(A, v)));

// A derivative has its variable's shape, whatever f does with it.
constexpr auto loss = sum(square(matmul(A, B) - 1_c));
static_assert(has_shape<2, 3>(d(loss, A)));
static_assert(has_shape<3, 4>(d(loss, B)));
static_assert(has_shape<3>(d(sum(A * v), v)));      // a row broadcast: summed over the rows
static_assert(has_shape<>(d(sum(s * A), s)));       // a scalar broadcast: summed over all
static_assert(has_shape<1, 3>(d(sum(exp(R)), R)));
static_assert(has_shape<3, 1>(d(dot(v, sum<1>(C)), C)));
static_assert(has_shape<3>(d(sum(A), v)));          // absent: zero, but of v's shape
static_assert(has_shape<2, 3>(d(d(loss, s), A)));   // zero all the way down, still shaped
static_assert(has_shape<2, 3>(jacobian(matmul(A, v), v)));
static_assert(has_shape<2, 2, 3>(jacobian(matmul(A, v), A)));
static_assert(has_shape<3, 3>(hessian(sum(exp(v)) * dot(v, v), v)));

// Expressions are types: a tensor graph, its derivative and its fused program hold no data.
static_assert(sizeof(A) == 1 && sizeof(matmul(A, B)) == 1);
static_assert(sizeof(loss) == 1 && sizeof(d(loss, A)) == 1);
static_assert(sizeof(cross_entropy(A, param<"y", 2>)) == 1);
static_assert(sizeof(value_and_grad(loss, A, B)) == 1);

// The broadcasting rule: equal shapes, or the smaller the trailing part of the larger.
static_assert(broadcastable<shape<4, 3>, shape<4, 3>>);
static_assert(broadcastable<shape<4, 3>, shape<3>> && broadcastable<shape<3>, shape<4, 3>>);
static_assert(!broadcastable<shape<4, 3>, shape<4, 1>>);  // size-1 dimensions never stretch
static_assert(!broadcastable<shape<4, 3>, shape<4>>);     // a leading part is not trailing
static_assert(!broadcastable<shape<3, 4>, shape<4, 3>>);
static_assert(broadcastable<shape<>, shape<4, 3>> && broadcastable<shape<4, 3>, shape<>>);
static_assert(broadcastable<shape<>, shape<>> && broadcastable<shape<>, shape<1>>);
static_assert(broadcastable<shape<2, 4, 3>, shape<4, 3>> && broadcastable<shape<2, 4, 3>, shape<3>>);
static_assert(!broadcastable<shape<2, 4, 3>, shape<2, 4>>);
static_assert(std::is_same_v<broadcast_shape<shape<3>, shape<4, 3>>, shape<4, 3>>);
static_assert(std::is_same_v<broadcast_shape<shape<4, 3>, shape<>>, shape<4, 3>>);

// Printed derivatives: the product rule's adjoints read the other operand transposed, and a
// broadcast 1 is the matrix of ones.
static_assert(to_string(d(sum(matmul(A, B)), A)) == "matmul(broadcast(1), transpose(B))");
static_assert(to_string(d(sum(matmul(A, B)), B)) == "matmul(transpose(A), broadcast(1))");
static_assert(to_latex(d(sum(matmul(A, B)), A)) == "{broadcast(1)} {B}^{\\top}");
static_assert(to_string(d(sum(exp(A)), A)) == "exp(A)");
static_assert(to_string(d(mean(A), A)) == "broadcast(1/6)");
static_assert(to_string(d(sum(square(A)), A)) == "2*A");
static_assert(to_string(d(sum(A), v)) == "broadcast(0)");
static_assert(to_string(simplify(matmul(transpose(A), param<"P", 2, 3>))) == "matmul(transpose(A), P)");
// f = sum(Aᵀ·P): the adjoint of A is P·Gᵀ, G the 3x3 ones, with no transpose materialised.
static_assert(to_string(d(sum(matmul(transpose(A), param<"P", 2, 3>)), A)) ==
              "matmul(P, transpose(broadcast(1)))");

// tensor: an aggregate of one flat row-major array, trivially copyable, constexpr.
static_assert(std::is_aggregate_v<tensor<double, 2, 3>>);
static_assert(std::is_trivially_copyable_v<tensor<double, 2, 3>>);
static_assert(std::is_standard_layout_v<tensor<double, 2, 3>>);
static_assert(sizeof(tensor<double, 2, 3>) == 6 * sizeof(double));
constexpr tensor<double, 2, 3> t{1, 2, 3, 4, 5, 6};
static_assert(t(0, 0) == 1 && t(0, 2) == 3 && t(1, 0) == 4 && t(1, 2) == 6 && t[4] == 5);
static_assert(std::is_same_v<value_of_shape_t<double, shape<>>, double>);
static_assert(std::is_same_v<value_of_shape_t<float, shape<2, 3>>, tensor<float, 2, 3>>);

// Binding a std::array or a C array stores a tensor of the variable's shape, row by row.
constexpr std::array<std::array<double, 3>, 2> nested{{{1, 2, 3}, {4, 5, 6}}};
constexpr double c_array[2][3] = {{1, 2, 3}, {4, 5, 6}};
constexpr auto from_std_array = (A = nested);
constexpr auto from_c_array = (A = c_array);
constexpr auto from_tensor = (A = t);
static_assert(std::is_same_v<decltype(from_std_array.value), tensor<double, 2, 3>>);
static_assert(std::is_same_v<decltype(from_c_array.value), tensor<double, 2, 3>>);
static_assert(from_std_array.value == t && from_c_array.value == t && from_tensor.value == t);
static_assert(make_tensor(nested) == t && make_tensor(c_array) == t);
constexpr std::array<float, 3> floats{1, 2, 3};
static_assert(std::is_same_v<decltype((v = floats).value), tensor<float, 3>>);
static_assert(std::is_same_v<decltype((s = 2.0).value), double>);
// ... and evaluates like the tensor.
static_assert(eval(sum(A), A = c_array) == 21);
static_assert(eval(matmul(A, v), A = nested, v = std::array<double, 3>{1, 0, -1}) == tensor<double, 2>{-2, -2});
static_assert(eval(sum<0>(A), A = t) == tensor<double, 3>{5, 7, 9});
static_assert(eval(transpose(A), A = t) == tensor<double, 3, 2>{1, 4, 2, 5, 3, 6});
static_assert(eval(outer(u, v), u = std::array<double, 2>{1, 2}, v = std::array<double, 3>{1, 0, -1}) ==
              tensor<double, 2, 3>{1, 0, -1, 2, 0, -2});
static_assert(eval(d(sum(A * v), v), A = t, v = std::array<double, 3>{}) == tensor<double, 3>{5, 7, 9});

}  // namespace
