#pragma once
// What an expression is: a constant, a symbol, or a node whose operands are expressions.

#include <ctgrad/core/constant.hpp>
#include <ctgrad/core/node.hpp>
#include <ctgrad/core/symbol.hpp>

#include <type_traits>

namespace ctgrad {

template <class T>
concept expression = is_constant<std::remove_cvref_t<T>> || is_symbol<std::remove_cvref_t<T>> ||
    is_node<std::remove_cvref_t<T>>;

/// A leaf is any expression that is not a node.
template <class T>
concept leaf = expression<T> && !is_node<std::remove_cvref_t<T>>;

}  // namespace ctgrad
