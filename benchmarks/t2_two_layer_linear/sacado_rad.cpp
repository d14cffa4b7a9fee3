#include "../peers/sacado.hpp"
#include "t2.hpp"

t2::output t2::sacado_rad(const input& x) {
  return bench::sacado::rad_value_and_gradient(function{}, x);
}
