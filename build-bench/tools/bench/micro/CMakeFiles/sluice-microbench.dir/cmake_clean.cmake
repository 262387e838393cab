file(REMOVE_RECURSE
  "../../../bin/sluice-microbench"
  "../../../bin/sluice-microbench.pdb"
  "CMakeFiles/sluice-microbench.dir/HotPathBench.cpp.o"
  "CMakeFiles/sluice-microbench.dir/HotPathBench.cpp.o.d"
  "CMakeFiles/sluice-microbench.dir/StreamBench.cpp.o"
  "CMakeFiles/sluice-microbench.dir/StreamBench.cpp.o.d"
  "CMakeFiles/sluice-microbench.dir/UsageWriterBench.cpp.o"
  "CMakeFiles/sluice-microbench.dir/UsageWriterBench.cpp.o.d"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/sluice-microbench.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
