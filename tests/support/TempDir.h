// A temporary directory removed when the test is done.
#pragma once

#include <string>

namespace sluice::testsupport {

/** Creates a fresh directory under /tmp; removes it (recursively) on destruction. */
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    /** The directory's absolute path. */
    const std::string& path() const noexcept { return path_; }

    /** A sqlite:// URL of a database file inside the directory. */
    std::string sqliteUrl() const { return "sqlite://" + path_ + "/test.db"; }

    /** Writes a file inside the directory and returns its path. */
    std::string write(const std::string& name, const std::string& content) const;

private:
    std::string path_;
};

}  // namespace sluice::testsupport
