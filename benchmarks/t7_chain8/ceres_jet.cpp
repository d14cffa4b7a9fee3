#include "../peers/ceres.hpp"
#include "t7.hpp"

t7_8::output t7_8::ceres_jet(const input& x) {
  return bench::ceres_jet::value_and_gradient(function{}, x);
}
