# sluice_add_cppunit_test(NAME SOURCES <files...> [LIBRARIES <targets...>] [DEFINITIONS <defs...>]
#                         [LAUNCHER <command...>] [PLUGIN_SOURCES])
#
# Builds one CppUnit runner from the given test sources plus the shared main
# and registers it with CTest under NAME, run through LAUNCHER when given
# (a script that starts a real server around the test, for instance). With
# PLUGIN_SOURCES, the sources are compiled as sluice_add_plugin() compiles a
# plugin's, so the test runs the code the plugin ships.
function(sluice_add_cppunit_test name)
  if(NOT SLUICE_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "PLUGIN_SOURCES" "" "SOURCES;LIBRARIES;DEFINITIONS;LAUNCHER" ${ARGN})
  add_executable(${name} ${ARG_SOURCES} ${PROJECT_SOURCE_DIR}/tests/support/CppUnitMain.cpp)
  target_link_libraries(${name} PRIVATE PkgConfig::CPPUNIT ${ARG_LIBRARIES})
  target_compile_definitions(${name} PRIVATE ${ARG_DEFINITIONS})
  if(ARG_PLUGIN_SOURCES)
    sluice_compile_like_a_plugin(${name})
  endif()
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
  add_test(NAME ${name} COMMAND ${ARG_LAUNCHER} $<TARGET_FILE:${name}>)
endfunction()
