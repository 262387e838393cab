
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/tools/bench/micro/HotPathBench.cpp" "tools/bench/micro/CMakeFiles/sluice-microbench.dir/HotPathBench.cpp.o" "gcc" "tools/bench/micro/CMakeFiles/sluice-microbench.dir/HotPathBench.cpp.o.d"
  "/work/main/tools/bench/micro/StreamBench.cpp" "tools/bench/micro/CMakeFiles/sluice-microbench.dir/StreamBench.cpp.o" "gcc" "tools/bench/micro/CMakeFiles/sluice-microbench.dir/StreamBench.cpp.o.d"
  "/work/main/tools/bench/micro/UsageWriterBench.cpp" "tools/bench/micro/CMakeFiles/sluice-microbench.dir/UsageWriterBench.cpp.o" "gcc" "tools/bench/micro/CMakeFiles/sluice-microbench.dir/UsageWriterBench.cpp.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-bench/kernel/CMakeFiles/sluice_kernel.dir/DependInfo.cmake"
  "/work/main/build-bench/kernel/net/CMakeFiles/sluice_net.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
