#include "../peers/eigen.hpp"
#include "t6.hpp"

t6::output t6::eigen_autodiff(const input& x) { return bench::eigen::value_gradient_hessian(function{}, x); }
