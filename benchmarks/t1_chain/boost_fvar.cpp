#include "../peers/boost_fvar.hpp"
#include "t1.hpp"

t1::output t1::boost_fvar(const input& x) { return bench::boost_fvar::value_and_gradient(function{}, x); }
