#include "../peers/eigen.hpp"
#include "t1.hpp"

t1::output t1::eigen_autodiff(const input& x) { return bench::eigen::value_and_gradient(function{}, x); }
