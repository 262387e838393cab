#include "util/FileText.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace sluice::util {

std::string readFileText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::invalid_argument("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace sluice::util
