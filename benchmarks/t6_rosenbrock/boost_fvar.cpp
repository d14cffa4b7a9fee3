#include "../peers/boost_fvar.hpp"
#include "t6.hpp"

t6::output t6::boost_fvar(const input& x) { return bench::boost_fvar::value_gradient_hessian(function{}, x); }
