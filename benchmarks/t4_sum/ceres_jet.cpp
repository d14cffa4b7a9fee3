#include "../peers/ceres.hpp"
#include "t4.hpp"

t4::output t4::ceres_jet(const input& x) { return bench::ceres_jet::value_and_gradient(function{}, x); }
