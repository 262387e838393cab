// File modes in tests: what a path's mode is, and a umask set for one scope.
#pragma once

#include <sys/stat.h>

#include <string>

namespace sluice::testsupport {

/** The permission bits of path (with setuid, setgid and sticky); 0 when it does not exist. */
inline mode_t modeOf(const std::string& path) {
    struct stat status {};
    return ::stat(path.c_str(), &status) == 0 ? status.st_mode & 07777 : 0;
}

/** Sets the process umask for one scope (the widest, 0, by default) and restores it after. */
class UmaskScope {
public:
    explicit UmaskScope(mode_t mask = 0) : previous_(::umask(mask)) {}
    ~UmaskScope() { ::umask(previous_); }
    UmaskScope(const UmaskScope&) = delete;
    UmaskScope& operator=(const UmaskScope&) = delete;

private:
    mode_t previous_;
};

}  // namespace sluice::testsupport
