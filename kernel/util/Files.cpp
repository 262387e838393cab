#include "util/Files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace sluice::util {

namespace {

std::string systemError() { return std::strerror(errno); }

void writeAll(int fd, const std::string& content, const std::string& path) {
    size_t done = 0;
    while (done < content.size()) {
        ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw std::runtime_error("cannot write " + path + ": " + systemError());
        done += static_cast<size_t>(n);
    }
    if (::fsync(fd) != 0) throw std::runtime_error("cannot write " + path + ": " + systemError());
}

void writeAndClose(int fd, const std::string& content, const std::string& path, mode_t mode) {
    try {
        // The umask narrows the mode given to open(); the file must have exactly the mode asked for.
        if (::fchmod(fd, mode) != 0) throw std::runtime_error("cannot set the mode of " + path + ": " + systemError());
        writeAll(fd, content, path);
    } catch (...) {
        ::close(fd);
        ::unlink(path.c_str());
        throw;
    }
    ::close(fd);
}

}  // namespace

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::invalid_argument("cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void writeNewFile(const std::string& path, const std::string& content, mode_t mode) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0 && errno == EEXIST) throw std::invalid_argument(path + " already exists; refusing to overwrite it");
    if (fd < 0) throw std::invalid_argument("cannot create " + path + ": " + systemError());
    writeAndClose(fd, content, path, mode);
}

void replaceFile(const std::string& path, const std::string& content, mode_t mode) {
    std::string temporary = path + ".XXXXXX";
    int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0) throw std::invalid_argument("cannot create a temporary file beside " + path + ": " + systemError());
    writeAndClose(fd, content, temporary, mode);
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        std::string reason = systemError();
        ::unlink(temporary.c_str());
        throw std::runtime_error("cannot replace " + path + ": " + reason);
    }
}

}  // namespace sluice::util
