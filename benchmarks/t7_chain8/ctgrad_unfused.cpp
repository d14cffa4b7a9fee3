#include "../t7_chain/ctgrad_expression.hpp"
#include "t7.hpp"

t7_8::output t7_8::ctgrad_unfused(const input& p) { return t7::expression::unfused<depth>(p); }
