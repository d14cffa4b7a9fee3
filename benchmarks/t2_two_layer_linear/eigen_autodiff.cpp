#include "../peers/eigen.hpp"
#include "t2.hpp"

t2::output t2::eigen_autodiff(const input& x) {
  return bench::eigen::value_and_gradient(function{}, x);
}
