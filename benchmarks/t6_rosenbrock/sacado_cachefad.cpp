#include "../peers/sacado.hpp"
#include "t6.hpp"

t6::output t6::sacado_cachefad(const input& x) {
  return bench::sacado::fad_value_gradient_hessian<Sacado::CacheFad::SFad>(function{}, x);
}
