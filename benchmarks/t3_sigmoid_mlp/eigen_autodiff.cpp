#include "../peers/eigen.hpp"
#include "t3.hpp"

t3::output t3::eigen_autodiff(const input& x) {
  return bench::eigen::value_and_gradient(function{}, x);
}
