// Per-sample SGD in float: a one-weight model x*w, then a quadratic x*x*w2 + x*w1 + b, each
// loss written once and its derivatives derived by the compiler.
#include <ctgrad/ctgrad.hpp>

#include <cmath>
#include <cstdio>

using namespace ctgrad;

namespace {

// The data are run-time parameters: bound per sample, never differentiated.
constexpr auto x = param<"x">;
constexpr auto y = param<"y">;
constexpr auto w = var<"w">;
constexpr auto w1 = var<"w1">;
constexpr auto w2 = var<"w2">;
constexpr auto b = param<"b">;

constexpr float xs[] = {1, 2, 3};
constexpr float ys[] = {2, 4, 6};
constexpr float learning_rate = 0.01f;
constexpr int epochs = 100;

bool agrees(float exact, float expected, const char* what) {
  const bool ok = std::abs(exact - expected) <= 1e-5f * std::fmax(1.0f, std::abs(expected));
  if (!ok) std::printf("MISMATCH %s: %.9g vs hand-derived %.9g\n", what, exact, expected);
  return ok;
}

bool train_linear() {
  bool ok = true;
  const auto prediction = x * w;
  const auto loss = square(prediction - y);
  const auto step = value_and_grad(loss, w);
  std::printf("loss = %s\ndloss/dw = %s\n", to_string(loss).c_str(), to_string(d(loss, w)).c_str());

  float weight = 1.0f;
  std::printf("prediction for x = 4 before training: %.9g\n", eval(prediction, x = 4.0f, w = weight));
  for (int epoch = 0; epoch < epochs; ++epoch) {
    float last_loss = 0;
    for (int i = 0; i < 3; ++i) {
      const auto [l, dw] = step(x = xs[i], y = ys[i], w = weight);
      std::printf("x = %.9g, y = %.9g, dloss/dw = %.9g\n", xs[i], ys[i], dw);
      ok &= agrees(dw, 2 * xs[i] * (xs[i] * weight - ys[i]), "dloss/dw");
      weight -= learning_rate * dw;
      last_loss = l;
    }
    std::printf("epoch %d: w = %.9g, loss = %.9g\n", epoch + 1, weight, last_loss);
  }
  const float after = eval(prediction, x = 4.0f, w = weight);
  std::printf("prediction for x = 4 after training: %.9g\n", after);
  ok &= agrees(after, 8.0f, "trained prediction");
  return ok;
}

bool train_quadratic() {
  bool ok = true;
  const auto prediction = x * x * w2 + x * w1 + b;
  const auto loss = square(prediction - y);
  const auto step = value_and_grad(loss, w1, w2);
  std::printf("\nloss = %s\n", to_string(loss).c_str());

  float weight1 = 1.0f;
  float weight2 = 1.0f;
  const float bias = 0.0f;
  std::printf("prediction for x = 4 before training: %.9g\n",
              eval(prediction, x = 4.0f, w1 = weight1, w2 = weight2, b = bias));
  for (int epoch = 0; epoch < epochs; ++epoch) {
    float last_loss = 0;
    for (int i = 0; i < 3; ++i) {
      const auto [l, dw1, dw2] = step(x = xs[i], y = ys[i], w1 = weight1, w2 = weight2, b = bias);
      std::printf("x = %.9g, y = %.9g, dloss/dw1 = %.9g, dloss/dw2 = %.9g\n", xs[i], ys[i], dw1,
                  dw2);
      const float residual = xs[i] * xs[i] * weight2 + xs[i] * weight1 + bias - ys[i];
      ok &= agrees(dw1, 2 * residual * xs[i], "dloss/dw1");
      ok &= agrees(dw2, 2 * residual * xs[i] * xs[i], "dloss/dw2");
      weight1 -= learning_rate * dw1;
      weight2 -= learning_rate * dw2;
      last_loss = l;
    }
    std::printf("epoch %d: w1 = %.9g, w2 = %.9g, loss = %.9g\n", epoch + 1, weight1, weight2,
                last_loss);
  }
  std::printf("prediction for x = 4 after training: %.9g\n",
              eval(prediction, x = 4.0f, w1 = weight1, w2 = weight2, b = bias));
  return ok;
}

}  // namespace

int main() {
  const bool linear_ok = train_linear();
  const bool quadratic_ok = train_quadratic();
  const bool ok = linear_ok && quadratic_ok;
  std::printf("%s\n", ok ? "all derivatives agree" : "DERIVATIVES DISAGREE");
  return ok ? 0 : 1;
}
