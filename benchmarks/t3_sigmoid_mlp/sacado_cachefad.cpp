#include "../peers/sacado.hpp"
#include "t3.hpp"

t3::output t3::sacado_cachefad(const input& x) {
  return bench::sacado::fad_value_and_gradient<Sacado::CacheFad::SFad>(function{}, x);
}
