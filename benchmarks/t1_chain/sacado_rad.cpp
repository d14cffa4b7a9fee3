#include "../peers/sacado.hpp"
#include "t1.hpp"

t1::output t1::sacado_rad(const input& x) { return bench::sacado::rad_value_and_gradient(function{}, x); }
