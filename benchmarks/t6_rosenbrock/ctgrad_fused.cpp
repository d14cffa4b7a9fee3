// One fused program over the value, the 4 gradient entries and the 16 Hessian entries. The value
// is simplified first, as value_and_grad does, so it shares its sub-terms with the derivatives.
#include <boost/hana/concat.hpp>
#include <boost/hana/flatten.hpp>

#include "ctgrad_expression.hpp"
#include "t6.hpp"

namespace hana = boost::hana;

t6::output t6::ctgrad_fused(const input& x) {
  using namespace t6::expression;
  constexpr auto outputs =
      hana::concat(hana::make_tuple(simplify(f)),
                   hana::concat(grad(f, x0, x1, x2, x3), hana::flatten(hessian(f, x0, x1, x2, x3))));
  constexpr auto program = hana::unpack(outputs, [](auto... e) { return compile(e...); });
  return with_bindings(x, [&](const auto&... b) { return program(b...); });
}
