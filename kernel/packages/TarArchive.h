// POSIX tar archives of regular files: the container of a plugin package.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace sluice::packages {

/**
 * The regular files of a tar archive, by relative path. Reads ustar archives,
 * including pax ('x'/'g') extended headers and GNU long names, as `cmake -E tar`
 * writes them and as GNU tar reads them (a pax path= or size= overrides the
 * ustar field); refuses what GNU tar would read otherwise (a global path= or
 * size=, two pax headers for one entry, a directory with data, sparse files),
 * links, devices and any path that could escape the folder it is extracted to.
 * Writes deterministic ustar, so equal files give equal bytes.
 */
class TarArchive {
public:
    /** Parses archive bytes; throws std::invalid_argument naming the exact problem. */
    static TarArchive read(std::string_view bytes);

    /** Adds a file; throws std::invalid_argument for an unsafe, clashing or duplicate path. */
    void add(const std::string& path, std::string content);

    /** The archive: paths sorted, mtime 0, owner 0, mode 0644 (0755 for .so files). */
    std::string write() const;

    /** Every regular file, by path. */
    const std::map<std::string, std::string>& files() const noexcept { return files_; }

private:
    void addDirectory(const std::string& path);
    void claim(const std::string& path, bool directory);

    std::map<std::string, std::string> files_;
    std::set<std::string> directories_;
};

}  // namespace sluice::packages
