file(REMOVE_RECURSE
  "CMakeFiles/auth-apikey.dir/src/ApiKeyScheme.cpp.o"
  "CMakeFiles/auth-apikey.dir/src/ApiKeyScheme.cpp.o.d"
  "libauth-apikey.pdb"
  "libauth-apikey.so"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/auth-apikey.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
