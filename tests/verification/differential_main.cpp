// The differential-testing population's totals: how many distinct expressions and points were
// checked, how many printed forms were read back, and the worst errors found, checked once
// every block has run.
#define BOOST_TEST_MODULE differential testing
#include <boost/preprocessor/repetition/repeat.hpp>
#include <boost/test/unit_test.hpp>

#include <iostream>
#include <set>

#include "differential.hpp"

namespace ctgrad_test {

differential_totals& totals() {
  static differential_totals t;
  return t;
}

namespace {
std::set<std::string>& printed_forms() {
  static std::set<std::string> forms;
  return forms;
}
}  // namespace

void record_printed_form(const std::string& printed) { printed_forms().insert(printed); }

}  // namespace ctgrad_test

#define CTGRAD_AFTER_BLOCK(z, n, unused) *boost::unit_test::depends_on("block_" #n)

BOOST_AUTO_TEST_CASE(population_totals,
                     BOOST_PP_REPEAT(CTGRAD_BLOCKS, CTGRAD_AFTER_BLOCK, ~)) {
  const auto& t = ctgrad_test::totals();
  const auto distinct = ctgrad_test::printed_forms().size();
  std::cout << "differential testing: " << t.expressions << " expressions (" << distinct
            << " distinct printed forms), " << t.points << " points (" << t.skipped_points
            << " skipped: value non-finite or beyond 1e6), " << t.derivative_checks
            << " first and second derivative checks against fvar, " << t.kinks_skipped
            << " central differences skipped near kinks\n"
            << "worst relative error: first derivatives vs fvar " << t.worst_first << " ("
            << t.worst_first_expression << "), second derivatives vs fvar " << t.worst_second
            << ", first derivatives vs central differences " << t.worst_central << "\n"
            << "printed forms: " << t.read_back_checks
            << " to_string forms of the expressions and their first and second derivatives "
               "read back against eval, worst relative difference "
            << t.worst_read_back << " (in a form of " << t.worst_read_back_form.size()
            << " characters: " << t.worst_read_back_form.substr(0, 60) << "...); " << t.latex_checks
            << " to_latex forms of the expressions and their first derivatives checked\n";
  BOOST_TEST(distinct >= 500u);
  BOOST_TEST(t.points >= 5 * t.expressions);
  BOOST_TEST(t.derivative_checks >= t.points);  // every point checks each variable present
  // Each point reads back the expression and, per variable, both derivatives.
  BOOST_TEST(t.read_back_checks == t.points + 2 * t.derivative_checks);
  BOOST_TEST(t.latex_checks >= 2 * t.expressions);  // each expression and a derivative at least
}
