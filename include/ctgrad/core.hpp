#pragma once
// Layer 1: what an expression is.

#include <ctgrad/core/binding.hpp>
#include <ctgrad/core/constant.hpp>
#include <ctgrad/core/expression.hpp>
#include <ctgrad/core/fixed_string.hpp>
#include <ctgrad/core/literal.hpp>
#include <ctgrad/core/node.hpp>
#include <ctgrad/core/node_hash.hpp>
#include <ctgrad/core/node_index.hpp>
#include <ctgrad/core/operation.hpp>
#include <ctgrad/core/rational.hpp>
#include <ctgrad/core/schedule.hpp>
#include <ctgrad/core/shape.hpp>
#include <ctgrad/core/shape_of.hpp>
#include <ctgrad/core/symbol.hpp>
