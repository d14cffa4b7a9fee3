// A two-layer classifier, Affine -> ReLU -> Affine -> Softmax with cross-entropy loss, trained
// with mini-batch SGD (momentum) on three interleaved spirals in the plane that the program
// makes itself. The forward expression is written once; the gradient of every parameter comes
// from the library and is checked against central differences before training.
#include <ctgrad/ctgrad.hpp>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>

using namespace ctgrad;

namespace {

constexpr std::size_t classes = 3;
constexpr std::size_t points_per_class = 60;
constexpr std::size_t points = classes * points_per_class;  // 180
constexpr std::size_t inputs = 2;
constexpr std::size_t hidden = 16;
constexpr std::size_t batch = 30;
constexpr std::size_t batches = points / batch;  // 6 per epoch, the data cycled through in order
static_assert(points % batch == 0, "every mini-batch is full");
constexpr std::size_t epochs = 100;
constexpr double learning_rate = 0.1;
constexpr double beta = 0.9;

// The parameters, and the data of one mini-batch: points (batch x 2) and their class indices
// (whole numbers 0, 1, 2 stored as double, as cross_entropy takes them).
constexpr auto W1 = var<"W1", inputs, hidden>;
constexpr auto b1 = var<"b1", hidden>;
constexpr auto W2 = var<"W2", hidden, classes>;
constexpr auto b2 = var<"b2", classes>;
constexpr auto X = param<"X", batch, inputs>;
constexpr auto labels = param<"labels", batch>;

/// The network's logits for a matrix of points, one row each: written once, used for a
/// mini-batch and for the whole data set.
constexpr auto logits(auto points_in_rows) {
  return matmul(relu(matmul(points_in_rows, W1) + b1), W2) + b2;
}
constexpr auto loss = cross_entropy(logits(X), labels);

// The whole data set, to measure loss and accuracy as training goes.
constexpr auto all_X = param<"all_X", points, inputs>;
constexpr auto all_labels = param<"all_labels", points>;

/// splitmix64: a small seeded generator whose output is the same everywhere.
struct generator {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
  }
  /// Uniform in [lo, hi): the top 53 bits as a fraction.
  double uniform(double lo, double hi) {
    return lo + (hi - lo) * static_cast<double>(next() >> 11) * 0x1p-53;
  }
  /// Uniform in 0..n-1 (the modulo bias, below 2^-58 here, does not matter).
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

struct data_set {
  tensor<double, points, inputs> x;
  tensor<double, points> label;
};

/// Three spirals: class k's points wind out from the centre, a third of a turn apart, with a
/// little noise on the angle (as in CS231n's spiral data).
data_set make_spirals(generator& random) {
  data_set d{};
  for (std::size_t k = 0; k < classes; ++k)
    for (std::size_t i = 0; i < points_per_class; ++i) {
      const std::size_t n = k * points_per_class + i;
      const double r = (static_cast<double>(i) + 1) / static_cast<double>(points_per_class);
      const double t = 4.0 * (static_cast<double>(k) + r) + random.uniform(-0.2, 0.2);
      d.x(n, 0) = r * std::sin(t);
      d.x(n, 1) = r * std::cos(t);
      d.label[n] = static_cast<double>(k);
    }
  return d;
}

struct parameters {
  tensor<double, inputs, hidden> w1;
  tensor<double, hidden> b1;
  tensor<double, hidden, classes> w2;
  tensor<double, classes> b2;
};

/// He-style uniform initialisation (variance 2 / fan-in) for the weights, small biases.
parameters initial_parameters(generator& random) {
  parameters p{};
  const double a1 = std::sqrt(6.0 / inputs);
  const double a2 = std::sqrt(6.0 / hidden);
  for (double& w : p.w1) w = random.uniform(-a1, a1);
  for (double& b : p.b1) b = random.uniform(0.0, 0.1);
  for (double& w : p.w2) w = random.uniform(-a2, a2);
  return p;
}

/// Loss and accuracy on the whole data set; the predicted class is the largest softmax output.
struct score {
  double loss;
  double accuracy;
  std::size_t correct;
};
template <class Program>
score measure(const Program& program, const data_set& data, const parameters& p) {
  const auto [l, probabilities] =
      program(all_X = data.x, all_labels = data.label, W1 = p.w1, b1 = p.b1, W2 = p.w2, b2 = p.b2);
  std::size_t correct = 0;
  for (std::size_t n = 0; n < points; ++n) {
    std::size_t best = 0;
    for (std::size_t k = 1; k < classes; ++k)
      if (probabilities(n, k) > probabilities(n, best)) best = k;
    correct += static_cast<double>(best) == data.label[n] ? 1 : 0;
  }
  return {l, static_cast<double>(correct) / static_cast<double>(points), correct};
}

/// Mini-batch b of an order of the points.
void take_batch(const data_set& data, const std::size_t (&order)[points], std::size_t b,
                tensor<double, batch, inputs>& x, tensor<double, batch>& label) {
  for (std::size_t i = 0; i < batch; ++i) {
    const std::size_t n = order[b * batch + i];
    x(i, 0) = data.x(n, 0);
    x(i, 1) = data.x(n, 1);
    label[i] = data.label[n];
  }
}

}  // namespace

int main() {
  generator random{20261123};
  const data_set data = make_spirals(random);
  parameters p = initial_parameters(random);

  std::printf(
      "%zu points in %zu spirals; %zu -> %zu (ReLU) -> %zu (softmax), mini-batches of %zu\n",
      points, classes, inputs, hidden, classes, batch);
  std::printf("loss = %s\n\n", to_string(loss).c_str());

  std::size_t order[points];
  for (std::size_t n = 0; n < points; ++n) order[n] = n;
  for (std::size_t n = points; n > 1; --n) {  // Fisher-Yates, with our generator
    const std::size_t j = random.below(n);
    const std::size_t kept = order[n - 1];
    order[n - 1] = order[j];
    order[j] = kept;
  }

  // Every parameter's gradient against central differences, on the first mini-batch.
  tensor<double, batch, inputs> x{};
  tensor<double, batch> label{};
  take_batch(data, order, 0, x, label);
  const auto check =
      check_gradient(loss, X = x, labels = label, W1 = p.w1, b1 = p.b1, W2 = p.w2, b2 = p.b2);
  bool ok = true;
  std::printf("gradient against central differences (first mini-batch):\n");
  for (const auto& e : check.entries) {
    std::printf("  %-2.*s mean absolute difference %.3g (worst relative error %.3g)\n",
                static_cast<int>(e.variable.size()), e.variable.data(), e.mean_absolute_difference,
                e.error);
    ok &= e.mean_absolute_difference < 1e-7;
  }
  if (!ok) {
    std::printf("MISMATCH: the library's gradient disagrees with central differences\n");
    return 1;
  }

  const auto step = value_and_grad(loss, W1, b1, W2, b2);
  const auto whole_set = compile(cross_entropy(logits(all_X), all_labels), softmax(logits(all_X)));
  const momentum<double> descent{learning_rate, beta};
  parameters velocity{};

  const score start = measure(whole_set, data, p);
  std::printf("\nbefore training: loss %.17g, accuracy %.17g (%zu of %zu)\n", start.loss,
              start.accuracy, start.correct, points);
  for (std::size_t epoch = 1; epoch <= epochs; ++epoch) {
    double batch_loss = 0;
    for (std::size_t b = 0; b < batches; ++b) {
      take_batch(data, order, b, x, label);
      const auto [l, dW1, db1, dW2, db2] =
          step(X = x, labels = label, W1 = p.w1, b1 = p.b1, W2 = p.w2, b2 = p.b2);
      descent.update(p.w1, dW1, velocity.w1);
      descent.update(p.b1, db1, velocity.b1);
      descent.update(p.w2, dW2, velocity.w2);
      descent.update(p.b2, db2, velocity.b2);
      batch_loss += l;
    }
    if (epoch % 10 == 0) {
      const score s = measure(whole_set, data, p);
      std::printf(
          "epoch %3zu: mean mini-batch loss %.17g; whole set: loss %.17g, accuracy %.17g "
          "(%zu of %zu)\n",
          epoch, batch_loss / static_cast<double>(batches), s.loss, s.accuracy, s.correct, points);
    }
  }

  const score final_score = measure(whole_set, data, p);
  const bool learned = final_score.accuracy >= 0.9;
  std::printf("final accuracy %.17g (%zu of %zu; %s)\n", final_score.accuracy, final_score.correct,
              points, learned ? "at least 0.9" : "BELOW 0.9");
  std::printf("%s\n", learned ? "all derivatives agree, and the net learned" : "FAILED");
  return learned ? 0 : 1;
}
