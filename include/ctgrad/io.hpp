#pragma once
// Layer 8: printing.

#include <ctgrad/io/print.hpp>
