#include "../peers/sacado.hpp"
#include "t1.hpp"

t1::output t1::sacado_sfad(const input& x) {
  return bench::sacado::fad_value_and_gradient<Sacado::Fad::SFad>(function{}, x);
}
