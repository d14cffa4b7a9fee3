#include "../peers/sacado.hpp"
#include "t7.hpp"

t7_16::output t7_16::sacado_rad(const input& x) {
  return bench::sacado::rad_value_and_gradient(function{}, x);
}
