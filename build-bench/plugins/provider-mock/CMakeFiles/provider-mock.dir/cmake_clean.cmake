file(REMOVE_RECURSE
  "CMakeFiles/provider-mock.dir/src/MockAnswer.cpp.o"
  "CMakeFiles/provider-mock.dir/src/MockAnswer.cpp.o.d"
  "CMakeFiles/provider-mock.dir/src/MockProvider.cpp.o"
  "CMakeFiles/provider-mock.dir/src/MockProvider.cpp.o.d"
  "libprovider-mock.pdb"
  "libprovider-mock.so"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/provider-mock.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
