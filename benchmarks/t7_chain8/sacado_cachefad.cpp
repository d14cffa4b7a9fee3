#include "../peers/sacado.hpp"
#include "t7.hpp"

t7_8::output t7_8::sacado_cachefad(const input& x) {
  return bench::sacado::fad_value_and_gradient<Sacado::CacheFad::SFad>(function{}, x);
}
