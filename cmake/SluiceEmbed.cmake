# sluice_text_literal(OUT_VAR FILE): the file's text as a C++ raw string literal,
# so build-time assets (migrations, admin templates) travel inside the binary.
function(sluice_text_literal out file)
  # An edit to an embedded file re-runs CMake, so the build never serves a stale copy.
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${file})
  file(READ ${file} text)
  string(FIND "${text}" ")sluice_text\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${file} contains the raw-string delimiter used to embed it")
  endif()
  set(${out} "R\"sluice_text(${text})sluice_text\"" PARENT_SCOPE)
endfunction()
