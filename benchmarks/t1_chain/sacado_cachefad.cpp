#include "../peers/sacado.hpp"
#include "t1.hpp"

t1::output t1::sacado_cachefad(const input& x) {
  return bench::sacado::fad_value_and_gradient<Sacado::CacheFad::SFad>(function{}, x);
}
