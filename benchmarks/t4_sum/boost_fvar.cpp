#include "../peers/boost_fvar.hpp"
#include "t4.hpp"

t4::output t4::boost_fvar(const input& x) { return bench::boost_fvar::value_and_gradient(function{}, x); }
