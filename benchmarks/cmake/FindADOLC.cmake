# FindADOLC: ADOL-C's header and library (Debian: libadolc-dev), as the imported target
# ADOLC::ADOLC. Sets ADOLC_FOUND and ADOLC_VERSION (from pkg-config, when it is there).
find_package(PkgConfig QUIET)
if(PKG_CONFIG_FOUND)
  pkg_check_modules(PC_ADOLC QUIET adolc)
endif()

find_path(ADOLC_INCLUDE_DIR adolc/adolc.h HINTS ${PC_ADOLC_INCLUDE_DIRS})
find_library(ADOLC_LIBRARY adolc HINTS ${PC_ADOLC_LIBRARY_DIRS})
set(ADOLC_VERSION "${PC_ADOLC_VERSION}")

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(ADOLC REQUIRED_VARS ADOLC_LIBRARY ADOLC_INCLUDE_DIR)

if(ADOLC_FOUND AND NOT TARGET ADOLC::ADOLC)
  add_library(ADOLC::ADOLC UNKNOWN IMPORTED)
  set_target_properties(ADOLC::ADOLC PROPERTIES
    IMPORTED_LOCATION "${ADOLC_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${ADOLC_INCLUDE_DIR}")
endif()
mark_as_advanced(ADOLC_INCLUDE_DIR ADOLC_LIBRARY)
