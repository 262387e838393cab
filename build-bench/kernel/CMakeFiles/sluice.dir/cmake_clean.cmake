file(REMOVE_RECURSE
  "../bin/sluice"
  "../bin/sluice.pdb"
  "CMakeFiles/sluice.dir/main.cpp.o"
  "CMakeFiles/sluice.dir/main.cpp.o.d"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/sluice.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
