#include "../peers/ceres.hpp"
#include "t2.hpp"

t2::output t2::ceres_jet(const input& x) {
  return bench::ceres_jet::value_and_gradient(function{}, x);
}
