# cmake -P SluicePackage.cmake: writes an unsigned plugin package (.sluicepkg).
#
#   -DSTAGE=<dir>      scratch folder, emptied first
#   -DOUTPUT=<file>    the package to write
#   -DPLATFORM=<name>  linux-x86_64 or linux-aarch64
#   -DLIBRARY=<file>   the built plugin library
#   -DMANIFEST=<file>  manifest.json
#   -DREADME= -DLICENSE= -DMODELS= -DCONFIG_SCHEMA=   optional files (empty = none)
#
# The layout and FILES.sha256 are exactly what `sluice plugin pack` produces;
# sign the result with `sluice plugin sign PACKAGE --key PUBLISHER.key`.
cmake_minimum_required(VERSION 3.20)

foreach(required STAGE OUTPUT PLATFORM LIBRARY MANIFEST)
  if(NOT ${required})
    message(FATAL_ERROR "SluicePackage.cmake: -D${required}=... is required")
  endif()
endforeach()

file(REMOVE_RECURSE ${STAGE})
get_filename_component(library_name ${LIBRARY} NAME)
configure_file(${LIBRARY} ${STAGE}/lib/${PLATFORM}/${library_name} COPYONLY)
configure_file(${MANIFEST} ${STAGE}/manifest.json COPYONLY)
foreach(optional README:README.md LICENSE:LICENSE MODELS:models.json CONFIG_SCHEMA:config.schema.json)
  string(REPLACE ":" ";" pair ${optional})
  list(GET pair 0 variable)
  list(GET pair 1 packaged_name)
  if(${variable})
    configure_file(${${variable}} ${STAGE}/${packaged_name} COPYONLY)
  endif()
endforeach()

# FILES.sha256: "<sha256>  <path>" for every file, sorted by path (byte order, as the kernel sorts).
file(GLOB_RECURSE files RELATIVE ${STAGE} ${STAGE}/*)
list(SORT files COMPARE STRING)
set(digests "")
foreach(path IN LISTS files)
  file(SHA256 ${STAGE}/${path} digest)
  string(APPEND digests "${digest}  ${path}\n")
endforeach()
file(WRITE ${STAGE}/FILES.sha256 "${digests}")

execute_process(
  COMMAND ${CMAKE_COMMAND} -E tar cf ${OUTPUT} --format=gnutar "--mtime=1970-01-01 00:00:00 UTC" FILES.sha256 ${files}
  WORKING_DIRECTORY ${STAGE}
  RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "SluicePackage.cmake: cmake -E tar failed writing ${OUTPUT}")
endif()
