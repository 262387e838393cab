// Reads the symbols a shared library exports, without loading it.
#pragma once

#include <string>
#include <vector>

namespace sluice::plugins {

/**
 * The defined, globally visible symbols of an ELF shared library's dynamic
 * symbol table (.dynsym): exactly what dlsym could resolve. Read from the
 * file, so none of the library's code runs.
 *
 * Why not boost::dll::library_info (Boost 1.74): it reads .symtab, which
 * stripped libraries (the usual vendor build) do not have, and pairs it with
 * whichever string table comes last, so with some section orders it returns
 * garbage names (seen with a g++ 12 plugin whose entry point only throws).
 */
std::vector<std::string> exportedSymbols(const std::string& libraryPath);

}  // namespace sluice::plugins
