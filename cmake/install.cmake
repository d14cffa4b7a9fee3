# Install the headers and an exported ctgrad::ctgrad target with a find_package config.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(DIRECTORY include/ctgrad DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS ctgrad EXPORT ctgradTargets)
install(EXPORT ctgradTargets NAMESPACE ctgrad::
        DESTINATION ${CMAKE_INSTALL_DATADIR}/cmake/ctgrad)

configure_package_config_file(cmake/ctgradConfig.cmake.in
  ${PROJECT_BINARY_DIR}/ctgradConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_DATADIR}/cmake/ctgrad)
# A header-only library has no ABI: any build of the same major version serves.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/ctgradConfigVersion.cmake
  COMPATIBILITY SameMajorVersion ARCH_INDEPENDENT)
install(FILES ${PROJECT_BINARY_DIR}/ctgradConfig.cmake
              ${PROJECT_BINARY_DIR}/ctgradConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_DATADIR}/cmake/ctgrad)
