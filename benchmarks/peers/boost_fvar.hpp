#pragma once
// Boost.Math autodiff (boost/math/differentiation/autodiff.hpp): forward mode over truncated
// Taylor polynomials. For several variables its docs build one polynomial type in all of them
// with make_ftuple<double, Order...>(x...) and promote every variable to that common type; the
// partials are then coefficients, read with derivative(order_0, ..., order_{N-1}). The type holds
// prod(Order + 1) coefficients: 2^N for a gradient, 3^N for a Hessian. That is the library's
// design (higher-order mixed partials), not a choice of this benchmark.
#include <boost/math/differentiation/autodiff.hpp>

#include <array>
#include <cstddef>
#include <tuple>
#include <type_traits>
#include <utility>

#include "layout.hpp"

namespace bench::boost_fvar {

namespace ad = boost::math::differentiation;

template <std::size_t, std::size_t Value>
inline constexpr std::size_t constant = Value;

// f evaluated on the polynomial type of maximal order `Order` in each of the N variables.
template <std::size_t Order, std::size_t N, class F>
auto taylor(F f, const std::array<double, N>& x) {
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    const auto independent = ad::make_ftuple<double, constant<I, Order>...>(x[I]...);
    using tuple = std::remove_const_t<decltype(independent)>;
    using variable = ad::promote<std::tuple_element_t<0, tuple>, std::tuple_element_t<I, tuple>...>;
    const std::array<variable, N> ax{variable(std::get<I>(independent))...};
    return variable(f(ax));
  }(std::make_index_sequence<N>{});
}

// The partial derivative of y with respect to the variables `which` (none: the value).
template <std::size_t N, class Y, class... Which>
double partial(const Y& y, Which... which) {
  const std::array<std::size_t, sizeof...(Which)> variables{which...};
  const auto order = [&](std::size_t i) {
    std::size_t count = 0;
    for (std::size_t v : variables) count += v == i;
    return count;
  };
  return [&]<std::size_t... I>(std::index_sequence<I...>) {
    return static_cast<double>(y.derivative(order(I)...));
  }(std::make_index_sequence<N>{});
}

template <std::size_t N, class F>
std::array<double, 1 + N> value_and_gradient(F f, const std::array<double, N>& x) {
  const auto y = taylor<1>(f, x);
  std::array<double, 1 + N> out;
  out[0] = partial<N>(y);
  for (std::size_t i = 0; i < N; ++i) out[gradient_at<N>(i)] = partial<N>(y, i);
  return out;
}

template <std::size_t N, class F>
std::array<double, 1 + N + N * N> value_gradient_hessian(F f, const std::array<double, N>& x) {
  const auto y = taylor<2>(f, x);
  std::array<double, 1 + N + N * N> out;
  out[0] = partial<N>(y);
  for (std::size_t i = 0; i < N; ++i) {
    out[gradient_at<N>(i)] = partial<N>(y, i);
    for (std::size_t j = 0; j < N; ++j) out[hessian_at<N>(i, j)] = partial<N>(y, i, j);
  }
  return out;
}

}  // namespace bench::boost_fvar
