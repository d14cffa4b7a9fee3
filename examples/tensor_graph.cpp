// Tensors in a graph: a variable used twice, and the reductions and broadcasts of a matrix.
// For a tensor-valued f, d(sum(f), x) is the vector-Jacobian product with an upstream gradient
// of ones (each element of f weighted 1); d(sum(G * f), x) is the product with any upstream G.
#include <ctgrad/ctgrad.hpp>

#include <cmath>
#include <cstddef>
#include <cstdio>

using namespace ctgrad;

namespace {

constexpr auto a = var<"a", 5>;
constexpr auto b = var<"b", 5>;
constexpr auto c = var<"c", 5>;
constexpr auto x = var<"x", 2, 3>;

// b used twice; then -b used twice. (Written here, not in main: there `c` would be ambiguous
// with ctgrad::c, the rational-constant template that `using namespace ctgrad` brings in.)
constexpr auto f_plus = (a + b) + (b + c);
constexpr auto f_minus = (a + (-b)) + ((-b) + c);

constexpr double a_values[] = {1, 2, 3, 4, 5};
constexpr double b_values[] = {2, 2, 2, 2, 2};
constexpr double c_values[] = {5, 4, 3, 2, 1};
constexpr double x_values[2][3] = {{1, 2, 3}, {4, 5, 6}};

/// A tensor printed as nested brackets, 17 significant digits.
template <std::size_t... Dims>
void print(const char* label, const tensor<double, Dims...>& t) {
  constexpr std::size_t dims[] = {Dims...};
  constexpr std::size_t rank = sizeof...(Dims);
  std::printf("%s = ", label);
  for (std::size_t i = 0; i < t.size; ++i) {
    // Open a bracket for every dimension whose index starts here, close for every one ending.
    std::size_t stride = 1;
    for (std::size_t k = rank; k-- > 0;) {
      stride *= dims[k];
      if (i % stride == 0) std::printf("[");
    }
    std::printf("%.17g", t[i]);
    stride = 1;
    for (std::size_t k = rank; k-- > 0;) {
      stride *= dims[k];
      if ((i + 1) % stride == 0) std::printf("]");
    }
    if (i + 1 < t.size) std::printf(", ");
  }
  std::printf("\n");
}

/// A computed tensor against the hand-derived one, element by element (all are whole numbers
/// or sums of a few, so they agree exactly).
template <std::size_t... Dims>
bool agrees(const tensor<double, Dims...>& computed, const tensor<double, Dims...>& expected,
            const char* what) {
  bool ok = true;
  for (std::size_t i = 0; i < computed.size; ++i) {
    if (computed[i] != expected[i]) {
      std::printf("MISMATCH %s, element %zu: %.17g vs hand-derived %.17g\n", what, i, computed[i],
                  expected[i]);
      ok = false;
    }
  }
  return ok;
}

/// check_gradient's worst element of each variable: the library against central differences.
template <class Check>
bool central_differences_agree(const Check& check) {
  bool ok = true;
  for (const auto& e : check.entries) {
    std::printf("  d/d%.*s against central differences: worst relative error %.3g\n",
                static_cast<int>(e.variable.size()), e.variable.data(), e.error);
    ok &= e.error <= 1e-8;
  }
  if (!ok) std::printf("MISMATCH against central differences\n");
  return ok;
}

/// A tensor with every element equal to value.
template <std::size_t... Dims>
constexpr tensor<double, Dims...> filled(double value) {
  tensor<double, Dims...> t{};
  for (double& e : t) e = value;
  return t;
}

// f = (a + b) + (b + c): b is used twice, so its gradient is the sum of both uses: 1 + 1 = 2
// per element. With -b in both places, -1 + -1 = -2.
template <class F>
bool variable_used_twice(const char* title, F f, double expected_db) {
  std::printf("%s\nf = %s\n", title, to_string(f).c_str());
  const auto bound_f = eval(f, a = a_values, b = b_values, c = c_values);
  print("f", bound_f);
  // Upstream gradient of ones: the derivative of sum(f).
  const auto [total, da, db, dc] =
      value_and_grad(sum(f), a, b, c)(a = a_values, b = b_values, c = c_values);
  std::printf("sum(f) = %.17g\nupstream gradient ones: df/db = d(sum(f), b) = %s\n", total,
              to_string(d(sum(f), b)).c_str());
  print("  df/da", da);
  print("  df/db", db);
  print("  df/dc", dc);
  bool ok = agrees(da, filled<5>(1), "df/da") && agrees(db, filled<5>(expected_db), "df/db") &&
            agrees(dc, filled<5>(1), "df/dc");
  ok &= central_differences_agree(check_gradient(sum(f), a = a_values, b = b_values, c = c_values));
  const double expected_total = 15 + 5 * 2 * expected_db + 15;  // sum(a) + 2 sum(+-b) + sum(c)
  if (total != expected_total) {
    std::printf("MISMATCH sum(f): %.17g vs hand-derived %.17g\n", total, expected_total);
    ok = false;
  }
  std::printf("\n");
  return ok;
}

/// The upstream gradient G, a parameter shaped like the result it weights.
template <std::size_t... Dims>
constexpr auto upstream_symbol(shape<Dims...>) {
  return param<"G", Dims...>;
}

/// 1, 2, 3, ... in row-major order.
template <std::size_t... Dims>
constexpr tensor<double, Dims...> counting(shape<Dims...>) {
  tensor<double, Dims...> t{};
  for (std::size_t i = 0; i < t.size; ++i) t[i] = static_cast<double>(i + 1);
  return t;
}

// One reduction or broadcast of x: its value, its derivative with an upstream gradient of ones,
// d(sum(op(x)), x), and with an upstream gradient G = 1, 2, 3, ... (shaped like op(x)),
// d(sum(G * op(x)), x): the adjoint of sum over a dimension is expand along it, and back.
template <class Op, class Expected>
bool reduction_or_broadcast(Op op_of_x, double ones_expected, const Expected& g_expected) {
  constexpr auto G = upstream_symbol(shape_of<Op>{});
  constexpr auto upstream = counting(shape_of<Op>{});

  const auto title = to_string(op_of_x);
  std::printf("%s\n", title.c_str());
  print("  value", eval(op_of_x, x = x_values));
  const auto ones_gradient = eval(d(sum(op_of_x), x), x = x_values);
  std::printf("  upstream ones: d(sum(%s), x) = %s\n", title.c_str(),
              to_string(d(sum(op_of_x), x)).c_str());
  print("   ", ones_gradient);
  const auto g_gradient = eval(d(sum(G * op_of_x), x), x = x_values, G = upstream);
  std::printf("  upstream G = 1, 2, 3, ...: d(sum(G * %s), x) = %s\n", title.c_str(),
              to_string(d(sum(G * op_of_x), x)).c_str());
  print("   ", g_gradient);
  bool ok = agrees(ones_gradient, filled<2, 3>(ones_expected), "upstream ones") &&
            agrees(g_gradient, make_tensor(g_expected), "upstream G");
  ok &= central_differences_agree(check_gradient(sum(G * op_of_x), x = x_values, G = upstream));
  return ok;
}

}  // namespace

int main() {
  bool ok = variable_used_twice(
      "f = (a + b) + (b + c), a = [1, 2, 3, 4, 5], b = [2, 2, 2, 2, 2], "
      "c = [5, 4, 3, 2, 1]",
      f_plus, 2.0);
  ok &= variable_used_twice("the same with -b: f = (a + (-b)) + ((-b) + c)", f_minus, -2.0);

  print("x", make_tensor(x_values));
  // G for sum<0> is [1, 2, 3]: each row of x receives it. For sum<1>, [1, 2]: row i gets G_i.
  const double g_sum0[2][3] = {{1, 2, 3}, {1, 2, 3}};
  const double g_sum1[2][3] = {{1, 1, 1}, {2, 2, 2}};
  // expand<D, 4> repeats x 4 times along a new dimension D; its adjoint sums G over D.
  // G(i, j, k) = 1 + row-major position, so the sums over the new dimension are:
  const double g_expand0[2][3] = {{1 + 7 + 13 + 19, 2 + 8 + 14 + 20, 3 + 9 + 15 + 21},
                                  {4 + 10 + 16 + 22, 5 + 11 + 17 + 23, 6 + 12 + 18 + 24}};
  const double g_expand1[2][3] = {{1 + 4 + 7 + 10, 2 + 5 + 8 + 11, 3 + 6 + 9 + 12},
                                  {13 + 16 + 19 + 22, 14 + 17 + 20 + 23, 15 + 18 + 21 + 24}};
  const double g_expand2[2][3] = {{1 + 2 + 3 + 4, 5 + 6 + 7 + 8, 9 + 10 + 11 + 12},
                                  {13 + 14 + 15 + 16, 17 + 18 + 19 + 20, 21 + 22 + 23 + 24}};
  ok &= reduction_or_broadcast(sum<0>(x), 1.0, g_sum0);
  ok &= reduction_or_broadcast(sum<1>(x), 1.0, g_sum1);
  ok &= reduction_or_broadcast(expand<0, 4>(x), 4.0, g_expand0);
  ok &= reduction_or_broadcast(expand<1, 4>(x), 4.0, g_expand1);
  ok &= reduction_or_broadcast(expand<2, 4>(x), 4.0, g_expand2);

  std::printf("%s\n", ok ? "all derivatives agree" : "DERIVATIVES DISAGREE");
  return ok ? 0 : 1;
}
