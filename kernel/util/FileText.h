// Whole-file reads for configs, manifests and packages.
#pragma once

#include <string>

namespace sluice::util {

/** The file's bytes; throws std::invalid_argument("cannot read PATH") when it cannot be read. */
std::string readFileText(const std::string& path);

}  // namespace sluice::util
