#include "support/TempDir.h"

#include <Poco/File.h>
#include <Poco/TemporaryFile.h>

#include <fstream>

namespace sluice::testsupport {

TempDir::TempDir() : path_(Poco::TemporaryFile::tempName("/tmp")) { Poco::File(path_).createDirectories(); }

TempDir::~TempDir() {
    try {
        Poco::File(path_).remove(true);
    } catch (...) {
    }
}

std::string TempDir::write(const std::string& name, const std::string& content) const {
    std::string file = path_ + "/" + name;
    std::ofstream(file, std::ios::binary) << content;
    return file;
}

}  // namespace sluice::testsupport
