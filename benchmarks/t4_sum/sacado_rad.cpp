#include "../peers/sacado.hpp"
#include "t4.hpp"

t4::output t4::sacado_rad(const input& x) { return bench::sacado::rad_value_and_gradient(function{}, x); }
