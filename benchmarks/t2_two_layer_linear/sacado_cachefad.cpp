#include "../peers/sacado.hpp"
#include "t2.hpp"

t2::output t2::sacado_cachefad(const input& x) {
  return bench::sacado::fad_value_and_gradient<Sacado::CacheFad::SFad>(function{}, x);
}
