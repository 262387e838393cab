
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/tools/mock-upstream/ChatRequest.cpp" "tools/mock-upstream/CMakeFiles/sluice-mock-upstream.dir/ChatRequest.cpp.o" "gcc" "tools/mock-upstream/CMakeFiles/sluice-mock-upstream.dir/ChatRequest.cpp.o.d"
  "/work/main/tools/mock-upstream/ChatResponder.cpp" "tools/mock-upstream/CMakeFiles/sluice-mock-upstream.dir/ChatResponder.cpp.o" "gcc" "tools/mock-upstream/CMakeFiles/sluice-mock-upstream.dir/ChatResponder.cpp.o.d"
  "/work/main/tools/mock-upstream/EventLoop.cpp" "tools/mock-upstream/CMakeFiles/sluice-mock-upstream.dir/EventLoop.cpp.o" "gcc" "tools/mock-upstream/CMakeFiles/sluice-mock-upstream.dir/EventLoop.cpp.o.d"
  "/work/main/tools/mock-upstream/HttpConnection.cpp" "tools/mock-upstream/CMakeFiles/sluice-mock-upstream.dir/HttpConnection.cpp.o" "gcc" "tools/mock-upstream/CMakeFiles/sluice-mock-upstream.dir/HttpConnection.cpp.o.d"
  "/work/main/tools/mock-upstream/MockServer.cpp" "tools/mock-upstream/CMakeFiles/sluice-mock-upstream.dir/MockServer.cpp.o" "gcc" "tools/mock-upstream/CMakeFiles/sluice-mock-upstream.dir/MockServer.cpp.o.d"
  "/work/main/tools/mock-upstream/Scenario.cpp" "tools/mock-upstream/CMakeFiles/sluice-mock-upstream.dir/Scenario.cpp.o" "gcc" "tools/mock-upstream/CMakeFiles/sluice-mock-upstream.dir/Scenario.cpp.o.d"
  "/work/main/tools/mock-upstream/TimerQueue.cpp" "tools/mock-upstream/CMakeFiles/sluice-mock-upstream.dir/TimerQueue.cpp.o" "gcc" "tools/mock-upstream/CMakeFiles/sluice-mock-upstream.dir/TimerQueue.cpp.o.d"
  "/work/main/tools/mock-upstream/main.cpp" "tools/mock-upstream/CMakeFiles/sluice-mock-upstream.dir/main.cpp.o" "gcc" "tools/mock-upstream/CMakeFiles/sluice-mock-upstream.dir/main.cpp.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
