// FILES.sha256: the SHA-256 of every file of a plugin package, the text its signature covers.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace sluice::packages {

/**
 * Lines "<64 hex>  <path>", sorted by path, one per file of a package except
 * FILES.sha256 and SIGNATURE. Signing this text signs every path and every byte.
 */
class FileDigests {
public:
    /** The file's name inside a package. */
    static constexpr const char* kFileName = "FILES.sha256";

    /** The digests of files, leaving out FILES.sha256 and SIGNATURE. */
    static FileDigests of(const std::map<std::string, std::string>& files);

    /** Parses FILES.sha256 text; throws std::invalid_argument naming the malformed line. */
    static FileDigests parse(std::string_view text);

    /** The FILES.sha256 text. */
    std::string text() const;

    /** Checks files against the digests; throws std::invalid_argument naming the first difference by path. */
    void verify(const std::map<std::string, std::string>& files) const;

private:
    static bool isCovered(const std::string& path);

    std::map<std::string, std::string> digests_;  // path -> lower-case hex SHA-256
};

}  // namespace sluice::packages
