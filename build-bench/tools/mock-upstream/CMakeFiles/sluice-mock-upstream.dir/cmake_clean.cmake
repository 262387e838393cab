file(REMOVE_RECURSE
  "../../bin/sluice-mock-upstream"
  "../../bin/sluice-mock-upstream.pdb"
  "CMakeFiles/sluice-mock-upstream.dir/ChatRequest.cpp.o"
  "CMakeFiles/sluice-mock-upstream.dir/ChatRequest.cpp.o.d"
  "CMakeFiles/sluice-mock-upstream.dir/ChatResponder.cpp.o"
  "CMakeFiles/sluice-mock-upstream.dir/ChatResponder.cpp.o.d"
  "CMakeFiles/sluice-mock-upstream.dir/EventLoop.cpp.o"
  "CMakeFiles/sluice-mock-upstream.dir/EventLoop.cpp.o.d"
  "CMakeFiles/sluice-mock-upstream.dir/HttpConnection.cpp.o"
  "CMakeFiles/sluice-mock-upstream.dir/HttpConnection.cpp.o.d"
  "CMakeFiles/sluice-mock-upstream.dir/MockServer.cpp.o"
  "CMakeFiles/sluice-mock-upstream.dir/MockServer.cpp.o.d"
  "CMakeFiles/sluice-mock-upstream.dir/Scenario.cpp.o"
  "CMakeFiles/sluice-mock-upstream.dir/Scenario.cpp.o.d"
  "CMakeFiles/sluice-mock-upstream.dir/TimerQueue.cpp.o"
  "CMakeFiles/sluice-mock-upstream.dir/TimerQueue.cpp.o.d"
  "CMakeFiles/sluice-mock-upstream.dir/main.cpp.o"
  "CMakeFiles/sluice-mock-upstream.dir/main.cpp.o.d"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/sluice-mock-upstream.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
