# Compiles SOURCE twice with COMPILER: cleanly without CTGRAD_FAULT, and failing with a
# diagnostic matching EXPECTED when CTGRAD_FAULT is defined, and with that one error only: a
# mistake must not set off follow-on errors that bury or contradict the first.
set(flags -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic -Werror -I${INCLUDE_DIR})
# A system directory passed as -isystem would break <cmath>'s #include_next.
if(BOOST_INCLUDE_DIR AND NOT BOOST_INCLUDE_DIR MATCHES "^/usr(/local)?/include/?$")
  list(APPEND flags -isystem ${BOOST_INCLUDE_DIR})
endif()

execute_process(COMMAND ${COMPILER} ${flags} ${SOURCE}
                RESULT_VARIABLE clean_result ERROR_VARIABLE clean_output)
if(NOT clean_result EQUAL 0)
  message(FATAL_ERROR "the fault-free version of ${SOURCE} does not compile:\n${clean_output}")
endif()

execute_process(COMMAND ${COMPILER} ${flags} -DCTGRAD_FAULT ${SOURCE}
                RESULT_VARIABLE fault_result ERROR_VARIABLE fault_output)
if(fault_result EQUAL 0)
  message(FATAL_ERROR "${SOURCE} compiles with CTGRAD_FAULT defined; it must not")
endif()
if(NOT fault_output MATCHES "${EXPECTED}")
  message(FATAL_ERROR "${SOURCE} fails, but not with a diagnostic matching '${EXPECTED}':\n${fault_output}")
endif()
# g++ and clang++ both start each error with "file:line:col: error: ".
string(REGEX MATCHALL ": (fatal )?error: " fault_errors "${fault_output}")
list(LENGTH fault_errors fault_error_count)
if(NOT fault_error_count EQUAL 1)
  message(FATAL_ERROR "${SOURCE} fails as intended, but with ${fault_error_count} errors instead of one:\n${fault_output}")
endif()
message(STATUS "fails as intended: ${EXPECTED}")
