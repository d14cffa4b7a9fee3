#include "../peers/boost_fvar.hpp"
#include "t2.hpp"

t2::output t2::boost_fvar(const input& x) {
  return bench::boost_fvar::value_and_gradient(function{}, x);
}
