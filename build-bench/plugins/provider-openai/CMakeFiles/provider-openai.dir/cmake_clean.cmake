file(REMOVE_RECURSE
  "CMakeFiles/provider-openai.dir/src/OpenAiAdapter.cpp.o"
  "CMakeFiles/provider-openai.dir/src/OpenAiAdapter.cpp.o.d"
  "libprovider-openai.pdb"
  "libprovider-openai.so"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/provider-openai.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
