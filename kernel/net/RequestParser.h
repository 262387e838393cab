// Incremental parsing of an HTTP/1.1 request head: request line and header fields.
#pragma once

#include "net/HttpMessage.h"

#include <cstddef>
#include <string_view>

namespace sluice::net {

/**
 * Finds and parses one request head in bytes that arrive in pieces. Feed it
 * the whole unconsumed input each time (the same prefix plus new bytes); it
 * resumes scanning where it stopped. Header names come out lower-case and
 * values without surrounding whitespace. Every line must end in CRLF; empty
 * lines (CRLF) before the request line are skipped. A bare LF, obsolete line
 * folding, whitespace before a colon, control characters and heads larger
 * than the limit are rejected.
 */
class RequestParser {
public:
    enum class Result {
        NeedMore,           // the head is not complete yet
        Complete,           // request filled in; headLength() bytes form the head
        Malformed,          // answer 400
        TooLarge,           // the head exceeds the limit: answer 431
        UnsupportedVersion  // a well-formed request line with a version other than 1.0 or 1.1: answer 505
    };

    /** A parser that refuses heads longer than maxHeadBytes. */
    explicit RequestParser(size_t maxHeadBytes) noexcept : maxHeadBytes_(maxHeadBytes) {}

    /** Parses the head at the start of input into request (reusing its strings' storage). */
    Result parse(std::string_view input, HttpRequest& request);

    /** Bytes of input the complete head took, blank lines before it included. */
    size_t headLength() const noexcept { return headLength_; }

    /** 0 for HTTP/1.0, 1 for HTTP/1.1 (valid after Complete). */
    int minorVersion() const noexcept { return minorVersion_; }

    /** Forgets the previous head, ready for the next request. */
    void reset() noexcept;

private:
    static size_t skipBlankLines(std::string_view input) noexcept;
    Result findHeadEnd(std::string_view received, size_t start);
    Result parseHead(std::string_view head, HttpRequest& request);
    Result parseRequestLine(std::string_view line, HttpRequest& request);
    static bool parseHeaderLine(std::string_view line, Headers& headers, size_t index);
    static void splitTarget(HttpRequest& request);

    size_t maxHeadBytes_;
    size_t scanned_ = 0;
    size_t headLength_ = 0;
    int minorVersion_ = 1;
};

}  // namespace sluice::net
