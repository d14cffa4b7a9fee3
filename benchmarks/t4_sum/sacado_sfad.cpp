#include "../peers/sacado.hpp"
#include "t4.hpp"

t4::output t4::sacado_sfad(const input& x) {
  return bench::sacado::fad_value_and_gradient<Sacado::Fad::SFad>(function{}, x);
}
