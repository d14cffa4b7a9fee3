#include "../peers/sacado.hpp"
#include "t5.hpp"

t5::output t5::sacado_sfad(const input& x) {
  return bench::sacado::fad_value_and_gradient<Sacado::Fad::SFad>(function{}, x);
}
