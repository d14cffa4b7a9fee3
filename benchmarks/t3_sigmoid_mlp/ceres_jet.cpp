#include "../peers/ceres.hpp"
#include "t3.hpp"

t3::output t3::ceres_jet(const input& x) {
  return bench::ceres_jet::value_and_gradient(function{}, x);
}
