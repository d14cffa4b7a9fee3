// The two-layer linear network from the textbook, trained with matrix products:
//   pred = X·W0·W1,  loss = sum((pred - target)^2)
// 10 steps of gradient descent with lr = 0.1 from two starting points. Run A steps along the
// gradient of loss/2 (the textbook's backward pass drops the 2), run B along that of loss.
// Both gradients come from the library; the loss is printed before each step.
#include <ctgrad/ctgrad.hpp>

#include <cstddef>
#include <cstdio>

using namespace ctgrad;

namespace {

constexpr auto X = param<"X", 4, 2>;
constexpr auto target = param<"target", 4, 1>;
constexpr auto W0 = var<"W0", 2, 3>;
constexpr auto W1 = var<"W1", 3, 1>;

constexpr auto pred = matmul(matmul(X, W0), W1);
constexpr auto loss = sum(square(pred - target));

constexpr double inputs[4][2] = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
constexpr double targets[4][1] = {{0}, {1}, {0}, {1}};
constexpr double learning_rate = 0.1;
constexpr int steps = 10;

template <std::size_t... Dims>
void print(const char* label, const tensor<double, Dims...>& t) {
  std::printf("  %s =", label);
  for (double e : t) std::printf(" %.17g", e);
  std::printf("\n");
}

// The library's gradient of the objective at the starting point against central differences.
template <class Objective>
bool gradient_agrees(Objective objective, const tensor<double, 2, 3>& w0,
                     const tensor<double, 3, 1>& w1) {
  const auto check = check_gradient(objective, X = inputs, target = targets, W0 = w0, W1 = w1);
  for (const auto& e : check.entries)
    std::printf(
        "  d/d%.*s against central differences: worst relative error %.3g, mean absolute "
        "difference %.3g\n",
        static_cast<int>(e.variable.size()), e.variable.data(), e.error,
        e.mean_absolute_difference);
  const bool ok = check.passed(1e-8);
  if (!ok) std::printf("MISMATCH: the gradient disagrees with central differences\n");
  return ok;
}

// Ten steps of plain gradient descent on the objective, from (w0, w1). `scale` is the loss
// divided by the objective (2 for loss/2, 1 for loss), so the printed loss is the same
// sum((pred - target)^2) in both runs.
template <class Objective>
bool train(const char* title, Objective objective, double scale, tensor<double, 2, 3> w0,
           tensor<double, 3, 1> w1) {
  std::printf("%s\nobjective = %s\n", title, to_string(objective).c_str());
  std::printf("d/dW0 = %s\nd/dW1 = %s\n", to_string(d(objective, W0)).c_str(),
              to_string(d(objective, W1)).c_str());
  if (!gradient_agrees(objective, w0, w1)) return false;

  const auto step = value_and_grad(objective, W0, W1);
  const sgd<double> descent{learning_rate};
  for (int i = 0; i < steps; ++i) {
    const auto [value, dW0, dW1] = step(X = inputs, target = targets, W0 = w0, W1 = w1);
    std::printf("step %2d: loss = %.17g\n", i, scale * value);
    descent.update(w0, dW0);
    descent.update(w1, dW1);
  }
  std::printf("after %d steps: loss = %.17g\n", steps,
              eval(loss, X = inputs, target = targets, W0 = w0, W1 = w1));
  print("W0", w0);
  print("W1", w1);
  print("pred", eval(pred, X = inputs, W0 = w0, W1 = w1));
  std::printf("\n");
  return true;
}

}  // namespace

int main() {
  std::printf("pred = %s\nloss = %s\n\n", to_string(pred).c_str(), to_string(loss).c_str());

  const bool a_ok = train("Run A: the gradient of loss/2", loss / 2_c, 2.0,
                          {0.5488135039273248, 0.7151893663724195, 0.6027633760716439,
                           0.5448831829968969, 0.4236547993389047, 0.6458941130666561},
                          {0.4375872112626925, 0.8917730007820798, 0.9636627605010293});
  const bool b_ok = train("Run B: the gradient of loss", loss, 1.0,
                          {0.7151893663724195, 0.6027633760716439, 0.5448831829968969,
                           0.4236547993389047, 0.6458941130666561, 0.4375872112626925},
                          {0.05671297731744318, 0.2726562945801132, 0.47766511732134986});

  const bool ok = a_ok && b_ok;
  std::printf("%s\n", ok ? "all derivatives agree" : "DERIVATIVES DISAGREE");
  return ok ? 0 : 1;
}
