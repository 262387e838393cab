# sluice_add_plugin(NAME SOURCES <files...> MANIFEST <manifest.json> [OUTPUT_DIR <dir>]
#                   [README <file>] [LICENSE <file>] [MODELS <models.json>] [CONFIG_SCHEMA <file>])
#
# Builds a Sluice plugin as a MODULE library that exports exactly one symbol,
# the entry point (hidden visibility plus a linker version script), and lays it
# out as the host expects:
#   ${SLUICE_PLUGIN_OUTPUT_DIR}/<NAME>/manifest.json
#   ${SLUICE_PLUGIN_OUTPUT_DIR}/<NAME>/lib<NAME>.so
# and, after every build, an unsigned package of it (README, LICENSE, MODELS and
# CONFIG_SCHEMA go in as README.md, LICENSE, models.json, config.schema.json):
#   ${SLUICE_PLUGIN_OUTPUT_DIR}/<NAME>.sluicepkg
# Sign it with `sluice plugin sign <NAME>.sluicepkg --key PUBLISHER.key`.
# The plugin sees the SDK and nothing else: an include of a kernel header fails
# the configure step, and no kernel include directory is on its path.
# A cache entry, so sluice_add_plugin() finds the script from any directory scope.
set(SLUICE_PACKAGE_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/SluicePackage.cmake CACHE INTERNAL "writes a .sluicepkg")

# sluice_compile_like_a_plugin(<target>)
#
# Compiles target's sources as sluice_add_plugin() compiles a plugin's: with RapidJSON's
# SSE2 scans of strings and whitespace on x86-64 (every x86-64 has SSE2), the setting the
# kernel parses with. Call it on a test executable or static library built from a plugin's
# sources, so that they run the code the plugin ships; a plugin's symbols are hidden, so
# its RapidJSON never meets another object's.
function(sluice_compile_like_a_plugin target)
  if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64)$")
    target_compile_definitions(${target} PRIVATE RAPIDJSON_SSE2)
  endif()
endfunction()

function(sluice_add_plugin name)
  cmake_parse_arguments(ARG "" "MANIFEST;OUTPUT_DIR;README;LICENSE;MODELS;CONFIG_SCHEMA" "SOURCES" ${ARGN})
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
    set(root ${ARG_OUTPUT_DIR})
  elseif(SLUICE_PLUGIN_OUTPUT_DIR)
    set(root ${SLUICE_PLUGIN_OUTPUT_DIR})
  else()
    set(root ${CMAKE_BINARY_DIR}/plugins)
  endif()
  set(out ${root}/${name})
  add_library(${name} MODULE ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE Sluice::sdk)
  sluice_compile_like_a_plugin(${name})
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
  _sluice_package_plugin(${name} ${root}/${name}.sluicepkg)
endfunction()

# The post-build step writing the unsigned package; ARG_* come from sluice_add_plugin.
function(_sluice_package_plugin name package)
  if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64)$")
    set(platform linux-x86_64)
  elseif(CMAKE_SYSTEM_PROCESSOR MATCHES "^(aarch64|arm64|ARM64)$")
    set(platform linux-aarch64)
  else()
    message(FATAL_ERROR "sluice_add_plugin(${name}): packages support x86_64 and aarch64, not ${CMAKE_SYSTEM_PROCESSOR}")
  endif()
  set(optional_files "")
  foreach(kind README LICENSE MODELS CONFIG_SCHEMA)
    if(ARG_${kind})
      get_filename_component(path ${ARG_${kind}} ABSOLUTE)
      list(APPEND optional_files -D${kind}=${path})
    endif()
  endforeach()
  get_filename_component(manifest ${ARG_MANIFEST} ABSOLUTE)
  add_custom_command(TARGET ${name} POST_BUILD
    COMMAND ${CMAKE_COMMAND} -DSTAGE=${CMAKE_CURRENT_BINARY_DIR}/${name}.package -DOUTPUT=${package}
      -DPLATFORM=${platform} -DLIBRARY=$<TARGET_FILE:${name}> -DMANIFEST=${manifest} ${optional_files}
      -P ${SLUICE_PACKAGE_SCRIPT}
    COMMENT "Packaging ${name}.sluicepkg (unsigned)"
    VERBATIM)
endfunction()
