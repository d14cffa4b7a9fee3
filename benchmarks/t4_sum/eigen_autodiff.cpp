#include "../peers/eigen.hpp"
#include "t4.hpp"

t4::output t4::eigen_autodiff(const input& x) { return bench::eigen::value_and_gradient(function{}, x); }
