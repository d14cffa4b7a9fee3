// One block of the differential-testing population; CMake compiles this file once per block
// with CTGRAD_BLOCK set, so the population builds in parallel and in bounded memory.
#include "differential.hpp"

#ifndef CTGRAD_BLOCK
#error "compile with -DCTGRAD_BLOCK=<n>"
#endif

#include <boost/preprocessor/cat.hpp>

BOOST_AUTO_TEST_CASE(BOOST_PP_CAT(block_, CTGRAD_BLOCK)) {
  ctgrad_test::check_population<CTGRAD_BLOCK * CTGRAD_BLOCK_SIZE>(
      std::make_integer_sequence<std::uint64_t, CTGRAD_BLOCK_SIZE>{});
}
