#include "net/RequestParser.h"

#include "net/HttpText.h"

#include <algorithm>
#include <cstring>

namespace sluice::net {

namespace {

/** The next line of a head whose every line ends in CRLF (findHeadEnd checked), advancing text past it. */
std::string_view takeLine(std::string_view& text) noexcept {
    const size_t newline = text.find('\n');
    if (newline == std::string_view::npos) {
        text = {};
        return {};
    }
    std::string_view line = text.substr(0, newline - 1);
    text.remove_prefix(newline + 1);
    return line;
}

bool isTargetChar(char c) noexcept { return c > ' ' && c < 0x7f; }

bool isValueChar(char c) noexcept {
    const auto byte = static_cast<unsigned char>(c);
    return byte == '\t' || (byte >= ' ' && byte != 0x7f);
}

bool all(std::string_view text, bool (*predicate)(char) noexcept) noexcept {
    return std::all_of(text.begin(), text.end(), predicate);
}

}  // namespace

void RequestParser::reset() noexcept {
    scanned_ = 0;
    headLength_ = 0;
    minorVersion_ = 1;
}

RequestParser::Result RequestParser::parse(std::string_view input, HttpRequest& request) {
    const size_t start = skipBlankLines(input);
    const Result found = findHeadEnd(input, start);
    if (found != Result::Complete) return found;
    return parseHead(input.substr(start, headLength_ - start), request);
}

size_t RequestParser::skipBlankLines(std::string_view input) noexcept {
    size_t start = 0;
    while (input.substr(start, 2) == "\r\n") start += 2;
    return start;
}

RequestParser::Result RequestParser::findHeadEnd(std::string_view received, size_t start) {
    // Only the bytes a head may take are read, so the verdict does not depend on how much more came in.
    const std::string_view input = received.substr(0, maxHeadBytes_);
    size_t position = std::max(scanned_, start);
    while (position < input.size()) {
        const void* hit = std::memchr(input.data() + position, '\n', input.size() - position);
        if (hit == nullptr) {
            position = input.size();
            break;
        }
        const auto newline = static_cast<size_t>(static_cast<const char*>(hit) - input.data());
        if (newline == start || input[newline - 1] != '\r') return Result::Malformed;  // a bare LF
        const std::string_view after = input.substr(newline + 1, 2);
        if (after.empty() || after == "\r") {
            position = newline;
            break;
        }
        if (after == "\r\n") {
            headLength_ = newline + 3;
            return Result::Complete;
        }
        position = newline + 1;
    }
    scanned_ = position;
    return received.size() > maxHeadBytes_ ? Result::TooLarge : Result::NeedMore;
}

RequestParser::Result RequestParser::parseHead(std::string_view head, HttpRequest& request) {
    const Result requestLine = parseRequestLine(takeLine(head), request);
    if (requestLine != Result::Complete) return requestLine;
    request.headers.reserve(kTypicalHeaderCount);
    size_t count = 0;
    for (std::string_view line = takeLine(head); !line.empty(); line = takeLine(head)) {
        if (!parseHeaderLine(line, request.headers, count)) return Result::Malformed;
        ++count;
    }
    request.headers.resize(count);
    return Result::Complete;
}

RequestParser::Result RequestParser::parseRequestLine(std::string_view line, HttpRequest& request) {
    const size_t firstSpace = line.find(' ');
    const size_t secondSpace = line.find(' ', firstSpace == std::string_view::npos ? line.size() : firstSpace + 1);
    if (secondSpace == std::string_view::npos) return Result::Malformed;
    const std::string_view method = line.substr(0, firstSpace);
    const std::string_view target = line.substr(firstSpace + 1, secondSpace - firstSpace - 1);
    const std::string_view version = line.substr(secondSpace + 1);
    if (!isToken(method) || target.empty() || !all(target, isTargetChar)) return Result::Malformed;
    if (version.size() != 8 || version.substr(0, 5) != "HTTP/" || version[6] != '.') return Result::Malformed;
    if (version[5] < '0' || version[5] > '9' || version[7] < '0' || version[7] > '9') return Result::Malformed;
    if (version[5] != '1' || version[7] > '1') return Result::UnsupportedVersion;
    minorVersion_ = version[7] - '0';
    request.method.assign(method);
    request.target.assign(target);
    splitTarget(request);
    return Result::Complete;
}

bool RequestParser::parseHeaderLine(std::string_view line, Headers& headers, size_t index) {
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) return false;
    const std::string_view name = line.substr(0, colon);
    const std::string_view value = trimWhitespace(line.substr(colon + 1));
    if (!isToken(name) || !all(value, isValueChar)) return false;
    if (index == headers.size()) headers.emplace_back();
    auto& [storedName, storedValue] = headers[index];
    storedName.assign(name);
    std::transform(storedName.begin(), storedName.end(), storedName.begin(), lowerAscii);
    storedValue.assign(value);
    return true;
}

void RequestParser::splitTarget(HttpRequest& request) {
    std::string_view target = request.target;
    const size_t scheme = target.find("://");
    if (target.front() != '/' && scheme != std::string_view::npos) {
        const size_t pathStart = target.find('/', scheme + 3);
        target = pathStart == std::string_view::npos ? std::string_view("/") : target.substr(pathStart);
    }
    const size_t question = target.find('?');
    request.path.assign(target.substr(0, question));
    request.query.assign(question == std::string_view::npos ? std::string_view() : target.substr(question + 1));
}

}  // namespace sluice::net
