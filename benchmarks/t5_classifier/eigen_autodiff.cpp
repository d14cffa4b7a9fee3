#include "../peers/eigen.hpp"
#include "t5.hpp"

t5::output t5::eigen_autodiff(const input& x) {
  return bench::eigen::value_and_gradient(function{}, x);
}
