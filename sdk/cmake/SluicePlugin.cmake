# sluice_add_plugin(NAME SOURCES <files...> MANIFEST <manifest.json> [OUTPUT_DIR <dir>])
#
# Builds a Sluice plugin as a MODULE library that exports exactly one symbol,
# the entry point (hidden visibility plus a linker version script), and lays it
# out as the host expects:
#   ${SLUICE_PLUGIN_OUTPUT_DIR}/<NAME>/manifest.json
#   ${SLUICE_PLUGIN_OUTPUT_DIR}/<NAME>/lib<NAME>.so
# The plugin sees the SDK and nothing else: an include of a kernel header fails
# the configure step, and no kernel include directory is on its path.
function(sluice_add_plugin name)
  cmake_parse_arguments(ARG "" "MANIFEST;OUTPUT_DIR" "SOURCES" ${ARGN})
  if(NOT ARG_SOURCES OR NOT ARG_MANIFEST)
    message(FATAL_ERROR "sluice_add_plugin(${name}): SOURCES and MANIFEST are required")
  endif()
  foreach(source IN LISTS ARG_SOURCES)
    get_filename_component(path ${source} ABSOLUTE)
    file(STRINGS ${path} kernel_includes REGEX "#include[ \t]*[<\"](\\.\\./)*kernel/")
    if(kernel_includes)
      message(FATAL_ERROR "Plugin ${name} includes a kernel header in ${source}; plugins build against the SDK only")
    endif()
  endforeach()
  if(ARG_OUTPUT_DIR)
    set(out ${ARG_OUTPUT_DIR}/${name})
  elseif(SLUICE_PLUGIN_OUTPUT_DIR)
    set(out ${SLUICE_PLUGIN_OUTPUT_DIR}/${name})
  else()
    set(out ${CMAKE_BINARY_DIR}/plugins/${name})
  endif()
  add_library(${name} MODULE ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Sluice::sdk)
  set_target_properties(${name} PROPERTIES
    PREFIX "lib"
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    LIBRARY_OUTPUT_DIRECTORY ${out})
  # Hidden visibility still leaves libstdc++'s weak template instantiations exported;
  # a version script makes the entry point the one and only dynamic symbol.
  set(exports ${CMAKE_CURRENT_BINARY_DIR}/${name}.exports.map)
  file(WRITE ${exports} "{ global: sluice_plugin_entry_v1; local: *; };\n")
  target_link_options(${name} PRIVATE -Wl,--no-undefined -Wl,--exclude-libs,ALL -Wl,--version-script=${exports})
  set_property(TARGET ${name} APPEND PROPERTY LINK_DEPENDS ${exports})
  configure_file(${ARG_MANIFEST} ${out}/manifest.json COPYONLY)
endfunction()
