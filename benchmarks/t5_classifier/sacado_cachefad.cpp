#include "../peers/sacado.hpp"
#include "t5.hpp"

t5::output t5::sacado_cachefad(const input& x) {
  return bench::sacado::fad_value_and_gradient<Sacado::CacheFad::SFad>(function{}, x);
}
