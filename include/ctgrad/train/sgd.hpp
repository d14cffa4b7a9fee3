#pragma once
// Gradient-descent updates for parameters held as numbers or tensors, the step every training
// loop repeats once the fused program has computed the gradients:
//   sgd       p <- p - lr * g
//   momentum  v <- beta * v - lr * g;  p <- p + v      (v starts at zero, one per parameter)

#include <ctgrad/tensor/tensor.hpp>

#include <cstddef>

namespace ctgrad {

namespace detail {
template <class P, class F>
constexpr void for_each_element(P& p, const P& g, F f) {
  if constexpr (is_tensor<P>) {
    for (std::size_t i = 0; i < P::size; ++i) f(p.elements[i], g.elements[i]);
  } else {
    f(p, g);
  }
}
}  // namespace detail

/// Plain stochastic gradient descent with a fixed learning rate.
template <class T>
struct sgd {
  T learning_rate;

  /// parameter -= learning_rate * gradient, element by element.
  template <class P>
  constexpr void update(P& parameter, const P& gradient) const {
    detail::for_each_element(parameter, gradient,
                             [this](auto& p, const auto& g) { p -= learning_rate * g; });
  }
};

/// Gradient descent with (heavy-ball) momentum: the step keeps a fraction beta of the last one.
template <class T>
struct momentum {
  T learning_rate;
  T beta = T(0.9);

  /// velocity = beta * velocity - learning_rate * gradient; parameter += velocity. velocity is
  /// the caller's, one per parameter, zero before the first step.
  template <class P>
  constexpr void update(P& parameter, const P& gradient, P& velocity) const {
    detail::for_each_element(velocity, gradient,
                             [this](auto& v, const auto& g) { v = beta * v - learning_rate * g; });
    detail::for_each_element(parameter, velocity, [](auto& p, const auto& v) { p += v; });
  }
};

}  // namespace ctgrad
