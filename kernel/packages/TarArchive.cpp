#include "packages/TarArchive.h"

#include "packages/PaxHeader.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <stdexcept>

namespace sluice::packages {

namespace {

constexpr size_t kBlock = 512;

/** Where the fields of a ustar header sit: offset and width. */
struct Field {
    size_t offset;
    size_t width;
};
constexpr Field kName{0, 100}, kMode{100, 8}, kUid{108, 8}, kGid{116, 8}, kSize{124, 12}, kMtime{136, 12},
    kChecksum{148, 8}, kMagic{257, 6}, kVersion{263, 2}, kPrefix{345, 155};
constexpr size_t kTypeOffset = 156;

[[noreturn]] void fail(const std::string& problem) { throw std::invalid_argument("tar: " + problem); }

size_t padded(uint64_t size) { return static_cast<size_t>((size + kBlock - 1) / kBlock * kBlock); }

std::string_view field(std::string_view header, Field f) {
    std::string_view raw = header.substr(f.offset, f.width);
    return raw.substr(0, std::min(raw.find('\0'), raw.size()));
}

uint64_t octal(std::string_view header, Field f, const char* name, size_t at) {
    std::string_view raw = header.substr(f.offset, f.width);
    uint64_t value = 0;
    size_t i = raw.find_first_not_of(' ');
    for (; i < raw.size() && raw[i] >= '0' && raw[i] <= '7'; ++i) value = value * 8 + static_cast<uint64_t>(raw[i] - '0');
    if (i < raw.size() && raw[i] != '\0' && raw[i] != ' ')
        fail("header at byte " + std::to_string(at) + " has an invalid " + name + " field");
    return value;
}

bool checksumMatches(std::string_view header, size_t at) {
    uint64_t stored = octal(header, kChecksum, "checksum", at);
    int64_t unsignedSum = 0, signedSum = 0;
    for (size_t i = 0; i < kBlock; ++i) {
        bool inField = i >= kChecksum.offset && i < kChecksum.offset + kChecksum.width;
        unsigned char byte = inField ? ' ' : static_cast<unsigned char>(header[i]);
        unsignedSum += byte;
        signedSum += static_cast<signed char>(byte);
    }
    return static_cast<int64_t>(stored) == unsignedSum || static_cast<int64_t>(stored) == signedSum;
}

bool allZero(std::string_view block) { return block.find_first_not_of('\0') == std::string_view::npos; }

/** The path as stored: without a leading "./" or, for directories, a trailing "/"; throws when unsafe. */
std::string checkedPath(std::string_view raw, bool directory) {
    std::string shown(raw);
    while (raw.substr(0, 2) == "./") raw.remove_prefix(2);
    if (directory)
        while (!raw.empty() && raw.back() == '/') raw.remove_suffix(1);
    if (raw.empty()) {
        if (directory) return {};
        fail("an entry has an empty name");
    }
    if (raw.front() == '/') fail("entry '" + shown + "' has an absolute path");
    if (std::any_of(raw.begin(), raw.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; }))
        fail("entry '" + shown + "' has a control character in its name");
    for (size_t start = 0; start <= raw.size();) {
        size_t end = std::min(raw.find('/', start), raw.size());
        std::string_view part = raw.substr(start, end - start);
        if (part == "..") fail("entry '" + shown + "' has a '..' component");
        if (part.empty() || part == ".") fail("entry '" + shown + "' has an empty or '.' component");
        start = end + 1;
    }
    return std::string(raw);
}

const char* refusedType(char type) {
    switch (type) {
        case '1': return "a hard link";
        case '2': return "a symbolic link";
        case '3': return "a character device";
        case '4': return "a block device";
        case '6': return "a FIFO";
        default: return nullptr;
    }
}

void putOctal(std::string& header, Field f, uint64_t value) {
    std::snprintf(header.data() + f.offset, f.width, "%0*llo", static_cast<int>(f.width - 1),
                  static_cast<unsigned long long>(value));
}

void putText(std::string& header, Field f, std::string_view text) { text.copy(header.data() + f.offset, f.width); }

/** Splits a long path into the ustar prefix and name fields. */
std::pair<std::string, std::string> splitUstarName(const std::string& path) {
    if (path.size() <= kName.width) return {"", path};
    for (size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1))
        if (slash <= kPrefix.width && path.size() - slash - 1 <= kName.width) return {path.substr(0, slash), path.substr(slash + 1)};
    fail("path '" + path + "' is too long for a ustar header");
}

std::string fileHeader(const std::string& path, uint64_t size) {
    if (size >= (uint64_t{1} << 33)) fail("file '" + path + "' is too large for a ustar header (8 GiB or more)");
    std::string header(kBlock, '\0');
    auto [prefix, name] = splitUstarName(path);
    bool library = path.size() > 3 && path.compare(path.size() - 3, 3, ".so") == 0;
    putText(header, kName, name);
    putOctal(header, kMode, library ? 0755 : 0644);
    putOctal(header, kUid, 0);
    putOctal(header, kGid, 0);
    putOctal(header, kSize, size);
    putOctal(header, kMtime, 0);
    header[kTypeOffset] = '0';
    putText(header, kMagic, std::string_view("ustar\0", 6));
    putText(header, kVersion, "00");
    putText(header, kPrefix, prefix);
    header.replace(kChecksum.offset, kChecksum.width, kChecksum.width, ' ');
    unsigned sum = 0;
    for (unsigned char byte : header) sum += byte;
    std::snprintf(header.data() + kChecksum.offset, 7, "%06o", sum);
    return header;
}

/** The name of the entry whose header is at `at`: a pax or GNU long name when one preceded it. */
std::string entryName(std::string_view header, const std::string& paxName, const std::string& longName) {
    if (!paxName.empty()) return paxName;
    if (!longName.empty()) return longName;
    std::string name(field(header, kName));
    std::string_view prefix = field(header, kPrefix);
    bool posix = header.substr(kMagic.offset, kMagic.width) == std::string_view("ustar\0", 6);
    return posix && !prefix.empty() ? std::string(prefix) + "/" + name : name;
}

}  // namespace

TarArchive TarArchive::read(std::string_view bytes) {
    TarArchive archive;
    std::optional<PaxHeader> pax;  // the 'x' header for the next entry, as GNU tar applies it
    std::string longName;
    for (size_t at = 0;;) {
        if (at == bytes.size()) fail("archive is truncated: it has no end-of-archive marker");
        if (at + kBlock > bytes.size()) fail("archive is truncated inside the header at byte " + std::to_string(at));
        std::string_view header = bytes.substr(at, kBlock);
        if (allZero(header)) return archive;
        if (header.substr(kMagic.offset, 5) != "ustar") fail("header at byte " + std::to_string(at) + " is not a ustar header");
        if (!checksumMatches(header, at)) fail("header at byte " + std::to_string(at) + " has a bad checksum");
        char type = header[kTypeOffset];
        bool extension = type == 'x' || type == 'g' || type == 'L';
        uint64_t size = octal(header, kSize, "size", at);
        if (!extension && pax && pax->size) size = *pax->size;
        if (size > bytes.size() - at - kBlock)
            fail("archive is truncated: the entry at byte " + std::to_string(at) + " needs " + std::to_string(size) + " bytes");
        std::string_view data = bytes.substr(at + kBlock, static_cast<size_t>(size));
        if (type == 'x' || type == 'g') {
            PaxHeader parsed = PaxHeader::parse(data, at);
            if (type == 'g' && (!parsed.path.empty() || parsed.size))
                fail("global pax header at byte " + std::to_string(at) + " sets a path or size for every later entry");
            if (type == 'x' && pax) fail("pax header at byte " + std::to_string(at) + " follows another one for the same entry");
            if (type == 'x') pax = std::move(parsed);
        } else if (type == 'L') {
            longName = std::string(data.substr(0, std::min(data.find('\0'), data.size())));
        } else {
            std::string name = entryName(header, pax ? pax->path : std::string(), longName);
            if (const char* refused = refusedType(type))
                fail("entry '" + name + "' is " + refused + "; packages hold only regular files and directories");
            if (type == '5' && size != 0) fail("directory entry '" + name + "' has data");
            if (type == '5')
                archive.addDirectory(checkedPath(name, true));
            else if (type == '0' || type == '\0')
                archive.add(checkedPath(name, false), std::string(data));
            else
                fail("entry '" + name + "' has unsupported type '" + std::string(1, type) + "'");
            pax.reset();
            longName.clear();
        }
        at += kBlock + padded(size);
        if (at > bytes.size()) fail("archive is truncated inside the data of the entry before byte " + std::to_string(at));
    }
}

void TarArchive::add(const std::string& path, std::string content) {
    std::string clean = checkedPath(path, false);
    claim(clean, false);
    files_.emplace(std::move(clean), std::move(content));
}

void TarArchive::addDirectory(const std::string& path) {
    if (!path.empty()) claim(path, true);
}

void TarArchive::claim(const std::string& path, bool directory) {
    if (files_.count(path) || directories_.count(path)) fail("archive has '" + path + "' twice");
    for (size_t slash = path.find('/'); slash != std::string::npos; slash = path.find('/', slash + 1))
        if (files_.count(path.substr(0, slash))) fail("archive has '" + path.substr(0, slash) + "' as a file and as a directory");
    if (directory) {
        directories_.insert(path);
        return;
    }
    std::string inside = path + "/";
    auto file = files_.lower_bound(inside);
    auto folder = directories_.lower_bound(inside);
    if ((file != files_.end() && file->first.compare(0, inside.size(), inside) == 0) ||
        (folder != directories_.end() && folder->compare(0, inside.size(), inside) == 0))
        fail("archive has '" + path + "' as a file and as a directory");
}

std::string TarArchive::write() const {
    std::string out;
    for (const auto& [path, content] : files_) {
        out += fileHeader(path, content.size());
        out += content;
        out.append(padded(content.size()) - content.size(), '\0');
    }
    out.append(2 * kBlock, '\0');
    return out;
}

}  // namespace sluice::packages
