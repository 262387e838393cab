# sluice_add_cppunit_test(NAME SOURCES <files...> [LIBRARIES <targets...>] [DEFINITIONS <defs...>]
#                         [LAUNCHER <command...>])
#
# Builds one CppUnit runner from the given test sources plus the shared main
# and registers it with CTest under NAME, run through LAUNCHER when given
# (a script that starts a real server around the test, for instance).
function(sluice_add_cppunit_test name)
  if(NOT SLUICE_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES;DEFINITIONS;LAUNCHER" ${ARGN})
  add_executable(${name} ${ARG_SOURCES} ${PROJECT_SOURCE_DIR}/tests/support/CppUnitMain.cpp)
  target_link_libraries(${name} PRIVATE PkgConfig::CPPUNIT ${ARG_LIBRARIES})
  target_compile_definitions(${name} PRIVATE ${ARG_DEFINITIONS})
  set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
  add_test(NAME ${name} COMMAND ${ARG_LAUNCHER} $<TARGET_FILE:${name}>)
endfunction()
