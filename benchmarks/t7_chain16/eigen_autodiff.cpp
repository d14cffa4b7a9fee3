#include "../peers/eigen.hpp"
#include "t7.hpp"

t7_16::output t7_16::eigen_autodiff(const input& x) {
  return bench::eigen::value_and_gradient(function{}, x);
}
