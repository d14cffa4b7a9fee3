#pragma once
// Layer 7: printing.

#include <ctgrad/io/print.hpp>
