# Compiles SOURCE twice with COMPILER: cleanly without CTGRAD_FAULT, and failing with a
# diagnostic matching EXPECTED when CTGRAD_FAULT is defined.
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
message(STATUS "fails as intended: ${EXPECTED}")
