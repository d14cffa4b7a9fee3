#pragma once
// T7 as a ctgrad expression for any depth, shared by the fused and unfused translation units
// of t7_chain8/ and t7_chain16/: the layers' variables are W00, b00, W01, b01, ...
#include <ctgrad/ctgrad.hpp>

#include <array>
#include <cstddef>
#include <utility>

#include "../ctgrad_tensor.hpp"
#include "t7.hpp"

namespace t7::expression {

using namespace ctgrad;

template <char Letter, std::size_t K>
constexpr fixed_string<4> layer_name() {
  fixed_string<4> name;
  name.data[0] = Letter;
  name.data[1] = static_cast<char>('0' + K / 10);
  name.data[2] = static_cast<char>('0' + K % 10);
  return name;
}

template <std::size_t K>
inline constexpr auto W = var<layer_name<'W', K>(), width, width>;
template <std::size_t K>
inline constexpr auto b = var<layer_name<'b', K>(), width>;
inline constexpr auto x_in = param<"x", width>;
inline constexpr auto y_out = param<"y", width>;

template <std::size_t K, std::size_t Depth, class H>
constexpr auto layers(H h) {
  if constexpr (K == Depth) return h;
  else return layers<K + 1, Depth>(sigmoid(matmul(h, W<K>) + b<K>));
}

template <std::size_t Depth>
inline constexpr auto loss = 0.5_c * sum(square(layers<0, Depth>(x_in) - y_out));

// fn(bindings...) with x, y and every layer's parameters bound.
template <std::size_t Depth, class Fn>
constexpr auto with_bindings(const std::array<double, Depth * layer_type::size>& p, Fn fn) {
  return [&]<std::size_t... K>(std::index_sequence<K...>) {
    return fn(x_in = t7::x, y_out = t7::y, (W<K> = bench::slice<width, width>(p, layer(K).weight(0, 0)))...,
              (b<K> = bench::slice<width>(p, layer(K).bias(0)))...);
  }(std::make_index_sequence<Depth>{});
}

// The output: the value, then each gradient where its parameter sits in the input; the
// gradients come as d/dW_0..d/dW_{Depth-1}, then d/db_0..d/db_{Depth-1}.
template <std::size_t Depth, class Results>
constexpr auto flat(const Results& r) {
  std::array<double, 1 + Depth * layer_type::size> out;
  bench::put(out, 0, std::get<0>(r));
  [&]<std::size_t... K>(std::index_sequence<K...>) {
    (bench::put(out, 1 + layer(K).weight(0, 0), std::get<1 + K>(r)), ...);
    (bench::put(out, 1 + layer(K).bias(0), std::get<1 + Depth + K>(r)), ...);
  }(std::make_index_sequence<Depth>{});
  return out;
}

template <std::size_t Depth>
constexpr auto fused_program() {
  return [&]<std::size_t... K>(std::index_sequence<K...>) {
    return value_and_grad(loss<Depth>, W<K>..., b<K>...);
  }(std::make_index_sequence<Depth>{});
}

template <std::size_t Depth>
auto fused(const std::array<double, Depth * layer_type::size>& p) {
  constexpr auto program = fused_program<Depth>();
  return flat<Depth>(with_bindings<Depth>(p, [&](const auto&... bound) { return program(bound...); }));
}

template <std::size_t Depth>
auto unfused(const std::array<double, Depth * layer_type::size>& p) {
  return with_bindings<Depth>(p, [&](const auto&... bound) {
    return [&]<std::size_t... K>(std::index_sequence<K...>) {
      const auto g = eval(grad(loss<Depth>, W<K>..., b<K>...), bound...);
      return flat<Depth>(std::tuple_cat(std::tuple{eval(loss<Depth>, bound...)}, g));
    }(std::make_index_sequence<Depth>{});
  });
}

}  // namespace t7::expression
