#include "../peers/sacado.hpp"
#include "t5.hpp"

t5::output t5::sacado_rad(const input& x) {
  return bench::sacado::rad_value_and_gradient(function{}, x);
}
