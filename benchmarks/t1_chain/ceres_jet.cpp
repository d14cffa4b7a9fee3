#include "../peers/ceres.hpp"
#include "t1.hpp"

t1::output t1::ceres_jet(const input& x) { return bench::ceres_jet::value_and_gradient(function{}, x); }
