#include "../peers/sacado.hpp"
#include "t6.hpp"

t6::output t6::sacado_rad(const input& x) { return bench::sacado::rad_value_gradient_hessian(function{}, x); }
