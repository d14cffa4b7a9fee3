// The shopping-bill "layers": multiply and add nodes, and each input's derivative of the price.
#include <ctgrad/ctgrad.hpp>

#include <cmath>
#include <cstddef>
#include <cstdio>

using namespace ctgrad;

namespace {

constexpr auto apple = var<"apple">;
constexpr auto apple_count = var<"apple_count">;
constexpr auto orange = var<"orange">;
constexpr auto orange_count = var<"orange_count">;
constexpr auto tax = var<"tax">;

bool agrees(double exact, double expected, const char* what) {
  const bool ok = std::abs(exact - expected) <= 1e-12 * std::fmax(1.0, std::abs(expected));
  if (!ok) std::printf("MISMATCH %s: %.17g vs hand-derived %.17g\n", what, exact, expected);
  return ok;
}

}  // namespace

int main() {
  bool ok = true;

  // price = apple * apple_count * tax
  const auto price = apple * apple_count * tax;
  const auto [p, d_apple, d_count, d_tax] =
      value_and_grad(price, apple, apple_count, tax)(apple = 100.0, apple_count = 2.0, tax = 1.1);
  std::printf("price = %s\n", to_string(price).c_str());
  std::printf("price: %.17g\n", p);
  std::printf("d price / d apple: %.17g\nd price / d apple_count: %.17g\nd price / d tax: %.17g\n",
              d_apple, d_count, d_tax);
  ok &= agrees(p, 100 * 2 * 1.1, "price");
  ok &= agrees(d_apple, 2 * 1.1, "d apple");
  ok &= agrees(d_count, 100 * 1.1, "d apple_count");
  ok &= agrees(d_tax, 100 * 2.0, "d tax");

  // price = (apple * apple_count + orange * orange_count) * tax
  const auto bill = (apple * apple_count + orange * orange_count) * tax;
  const auto r = value_and_grad(bill, apple, apple_count, orange, orange_count, tax)(
      apple = 100.0, apple_count = 2.0, orange = 150.0, orange_count = 3.0, tax = 1.1);
  std::printf("\nprice = %s\n", to_string(bill).c_str());
  std::printf("price: %.17g\n", r[0]);
  const char* names[] = {"apple", "apple_count", "orange", "orange_count", "tax"};
  const double expected[] = {2 * 1.1, 100 * 1.1, 3 * 1.1, 150 * 1.1, 100 * 2.0 + 150 * 3.0};
  for (std::size_t i = 0; i < 5; ++i) {
    std::printf("d price / d %s: %.17g\n", names[i], r[i + 1]);
    ok &= agrees(r[i + 1], expected[i], names[i]);
  }
  ok &= agrees(r[0], (100 * 2 + 150 * 3) * 1.1, "price");

  // relu over the integers -5..4, and its derivative (relu'(0) = 0 by convention).
  constexpr auto u = var<"u">;
  const auto relu_and_slope = value_and_grad(relu(u), u);
  std::printf("\n u  relu(u)  relu'(u)\n");
  for (int i = -5; i <= 4; ++i) {
    const auto [value, slope] = relu_and_slope(u = static_cast<double>(i));
    std::printf("%2d  %7.17g  %8.17g\n", i, value, slope);
    ok &= agrees(value, i > 0 ? i : 0, "relu") && agrees(slope, i > 0 ? 1 : 0, "relu'");
  }

  ok &= check_gradient(bill, apple = 100.0, apple_count = 2.0, orange = 150.0,
                       orange_count = 3.0, tax = 1.1)
            .passed(1e-8);
  std::printf("%s\n", ok ? "all derivatives agree" : "DERIVATIVES DISAGREE");
  return ok ? 0 : 1;
}
