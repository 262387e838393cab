#include "util/Files.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
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

void createPrivateDirectories(const std::string& directory) {
    std::filesystem::path current;
    for (const auto& part : std::filesystem::path(directory).lexically_normal()) {
        current /= part;
        if (::mkdir(current.c_str(), 0700) == 0) {
            // mkdir's mode passes through the umask; the directory must be exactly owner-only.
            if (::chmod(current.c_str(), 0700) != 0)
                throw std::runtime_error("cannot set the mode of " + current.string() + ": " + systemError());
        } else if (errno != EEXIST) {
            throw std::runtime_error("cannot create directory " + current.string() + ": " + systemError());
        }
    }
}

void createPrivateFile(const std::string& path) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 && errno == EEXIST) return;
    if (fd < 0) throw std::runtime_error("cannot create " + path + ": " + systemError());
    const bool exact = ::fchmod(fd, 0600) == 0;
    const std::string reason = exact ? std::string() : systemError();
    ::close(fd);
    if (!exact) throw std::runtime_error("cannot set the mode of " + path + ": " + reason);
}

void restrictToOwner(const std::string& path) {
    struct stat status {};
    if (::stat(path.c_str(), &status) != 0 || status.st_uid != ::geteuid() || (status.st_mode & 077) == 0) return;
    if (::chmod(path.c_str(), status.st_mode & 0700) != 0)
        throw std::runtime_error("cannot set the mode of " + path + ": " + systemError());
}

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
