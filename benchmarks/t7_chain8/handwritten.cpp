#include "../t7_chain/handwritten.hpp"
#include "t7.hpp"

t7_8::output t7_8::handwritten(const input& p) { return t7::handwritten<depth>(p); }
