#include "packages/FileDigests.h"

#include "packages/PackageSignature.h"
#include "util/Secrets.h"

#include <algorithm>
#include <stdexcept>

namespace sluice::packages {

namespace {

constexpr size_t kHexLength = 64;

bool isLowerHex(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

[[noreturn]] void malformed(size_t line, const std::string& problem) {
    throw std::invalid_argument(std::string(FileDigests::kFileName) + " line " + std::to_string(line) + " is malformed: " +
                                problem);
}

}  // namespace

bool FileDigests::isCovered(const std::string& path) { return path != kFileName && path != PackageSignature::kFileName; }

FileDigests FileDigests::of(const std::map<std::string, std::string>& files) {
    FileDigests digests;
    for (const auto& [path, content] : files)
        if (isCovered(path)) digests.digests_.emplace(path, util::sha256Hex(content));
    return digests;
}

FileDigests FileDigests::parse(std::string_view text) {
    FileDigests digests;
    size_t number = 0;
    while (!text.empty()) {
        ++number;
        size_t end = text.find('\n');
        if (end == std::string_view::npos) malformed(number, "it does not end with a newline");
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end + 1);
        if (line.size() <= kHexLength + 2 || line.substr(kHexLength, 2) != "  " || !isLowerHex(line.substr(0, kHexLength)))
            malformed(number, "expected '<64 lower-case hex digits>  <path>'");
        std::string path(line.substr(kHexLength + 2));
        if (!digests.digests_.empty() && path <= digests.digests_.rbegin()->first)
            malformed(number, "paths must be unique and sorted");
        digests.digests_.emplace(std::move(path), std::string(line.substr(0, kHexLength)));
    }
    return digests;
}

std::string FileDigests::text() const {
    std::string out;
    for (const auto& [path, digest] : digests_) out += digest + "  " + path + "\n";
    return out;
}

void FileDigests::verify(const std::map<std::string, std::string>& files) const {
    auto listed = digests_.begin();
    auto present = std::find_if(files.begin(), files.end(), [](const auto& file) { return isCovered(file.first); });
    auto nextPresent = [&] {
        present = std::find_if(std::next(present), files.end(), [](const auto& file) { return isCovered(file.first); });
    };
    while (listed != digests_.end() || present != files.end()) {
        if (present == files.end() || (listed != digests_.end() && listed->first < present->first))
            throw std::invalid_argument(std::string(kFileName) + " lists " + listed->first + " but the package has no such file");
        if (listed == digests_.end() || present->first < listed->first)
            throw std::invalid_argument("the package has file " + present->first + " that " + kFileName + " does not list");
        if (util::sha256Hex(present->second) != listed->second)
            throw std::invalid_argument(present->first + ": contents do not match " + kFileName);
        ++listed;
        nextPresent();
    }
}

}  // namespace sluice::packages
