// Printed tensor expressions must read as what they compute, in a form the user could write.
// A Boost.Test program, so a regression shows as a readable failed comparison; more printed
// forms are checked at compile time in ../core/shapes_static.cpp.
#define BOOST_TEST_MODULE tensor printing
#include <boost/test/unit_test.hpp>

#include <ctgrad/ctgrad.hpp>

#include <string_view>

using namespace ctgrad;

namespace {

constexpr auto A = var<"A", 2, 3>;
constexpr auto B = var<"B", 3, 4>;
constexpr auto P = param<"P", 2, 3>;
constexpr auto u = var<"u", 2>;
constexpr auto v = var<"v", 3>;
constexpr auto x = var<"x", 3>;

template <class E>
std::string_view text(E e) {
  static constexpr auto printed = to_string(E{});
  (void)e;
  return printed.view();
}

}  // namespace

BOOST_AUTO_TEST_CASE(matrix_products_print_as_written) {
  BOOST_TEST(text(matmul(A, B)) == "matmul(A, B)");
  BOOST_TEST(text(matmul(transpose(A), P)) == "matmul(transpose(A), P)");
  BOOST_TEST(text(simplify(matmul(transpose(A), P))) == "matmul(transpose(A), P)");
  BOOST_TEST(text(matmul(u, P)) == "matmul(u, P)");
}

BOOST_AUTO_TEST_CASE(products_with_vectors_print_as_written) {
  // A vector on the right is read as a column (TB = true in op::matmul); it must not print as
  // transpose(x), which the user could not write (transpose of a vector is an error).
  BOOST_TEST(text(matmul(P, x)) == "matmul(P, x)");
  BOOST_TEST((text(dot(x, v)) == "dot(x, v)" || text(dot(x, v)) == "matmul(x, v)"));
  BOOST_TEST(text(outer(u, v)) == "outer(u, v)");
  BOOST_TEST(text(d(sum(square(matmul(P, x))), x)) == "matmul(2*matmul(P, x), P)");
}

BOOST_AUTO_TEST_CASE(a_sum_over_some_dimensions_prints_apart_from_the_total) {
  // A sum over the first dimension only (a vector of column sums) must not print like the
  // sum of all elements.
  BOOST_TEST(text(d(sum(A * v), v)) == "sum<0>(A)");
  // The total is right as it is.
  BOOST_TEST(text(d(sum(var<"s"> * A), var<"s">)) == "sum(A)");
}
