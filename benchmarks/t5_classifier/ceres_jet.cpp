#include "../peers/ceres.hpp"
#include "t5.hpp"

t5::output t5::ceres_jet(const input& x) {
  return bench::ceres_jet::value_and_gradient(function{}, x);
}
