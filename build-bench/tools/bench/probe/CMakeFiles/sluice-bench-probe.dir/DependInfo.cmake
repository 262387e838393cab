
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/tools/bench/probe/ClientConnection.cpp" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/ClientConnection.cpp.o" "gcc" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/ClientConnection.cpp.o.d"
  "/work/main/tools/bench/probe/ClosedLoopWorkload.cpp" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/ClosedLoopWorkload.cpp.o" "gcc" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/ClosedLoopWorkload.cpp.o.d"
  "/work/main/tools/bench/probe/ConcurrencyGauge.cpp" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/ConcurrencyGauge.cpp.o" "gcc" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/ConcurrencyGauge.cpp.o.d"
  "/work/main/tools/bench/probe/EventLoop.cpp" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/EventLoop.cpp.o" "gcc" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/EventLoop.cpp.o.d"
  "/work/main/tools/bench/probe/HoldWorkload.cpp" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/HoldWorkload.cpp.o" "gcc" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/HoldWorkload.cpp.o.d"
  "/work/main/tools/bench/probe/HttpRequest.cpp" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/HttpRequest.cpp.o" "gcc" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/HttpRequest.cpp.o.d"
  "/work/main/tools/bench/probe/JsonReport.cpp" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/JsonReport.cpp.o" "gcc" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/JsonReport.cpp.o.d"
  "/work/main/tools/bench/probe/LatencyHistogram.cpp" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/LatencyHistogram.cpp.o" "gcc" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/LatencyHistogram.cpp.o.d"
  "/work/main/tools/bench/probe/Measurements.cpp" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/Measurements.cpp.o" "gcc" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/Measurements.cpp.o.d"
  "/work/main/tools/bench/probe/OpenLoopWorkload.cpp" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/OpenLoopWorkload.cpp.o" "gcc" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/OpenLoopWorkload.cpp.o.d"
  "/work/main/tools/bench/probe/ProbeOptions.cpp" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/ProbeOptions.cpp.o" "gcc" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/ProbeOptions.cpp.o.d"
  "/work/main/tools/bench/probe/ProbeRun.cpp" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/ProbeRun.cpp.o" "gcc" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/ProbeRun.cpp.o.d"
  "/work/main/tools/bench/probe/ResponseParser.cpp" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/ResponseParser.cpp.o" "gcc" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/ResponseParser.cpp.o.d"
  "/work/main/tools/bench/probe/SseEventScanner.cpp" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/SseEventScanner.cpp.o" "gcc" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/SseEventScanner.cpp.o.d"
  "/work/main/tools/bench/probe/StreamWorkload.cpp" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/StreamWorkload.cpp.o" "gcc" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/StreamWorkload.cpp.o.d"
  "/work/main/tools/bench/probe/TargetUrl.cpp" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/TargetUrl.cpp.o" "gcc" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/TargetUrl.cpp.o.d"
  "/work/main/tools/bench/probe/TimerQueue.cpp" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/TimerQueue.cpp.o" "gcc" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/TimerQueue.cpp.o.d"
  "/work/main/tools/bench/probe/Workload.cpp" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/Workload.cpp.o" "gcc" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/Workload.cpp.o.d"
  "/work/main/tools/bench/probe/main.cpp" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/main.cpp.o" "gcc" "tools/bench/probe/CMakeFiles/sluice-bench-probe.dir/main.cpp.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
