#include "../peers/sacado.hpp"
#include "t3.hpp"

t3::output t3::sacado_rad(const input& x) {
  return bench::sacado::rad_value_and_gradient(function{}, x);
}
