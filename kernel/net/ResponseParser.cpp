#include "net/ResponseParser.h"

#include "net/HttpText.h"

#include <algorithm>
#include <cstring>

namespace sluice::net {

namespace {

/** Longest response head accepted (status line plus headers). */
constexpr size_t kMaxHeadBytes = 64 * 1024;
/** Content-Length values above this are refused as nonsense. */
constexpr uint64_t kMaxContentLength = uint64_t{1} << 50;

bool isDigit(char c) { return c >= '0' && c <= '9'; }

/** Splits off the text before the next comma (trimmed) and removes it, with the comma, from list. */
std::string_view nextListItem(std::string_view& list) {
    size_t comma = list.find(',');
    std::string_view item = trimWhitespace(list.substr(0, comma));
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    return item;
}

/** A Content-Length value: digits only, or a list of identical ones; false when invalid. */
bool parseContentLength(std::string_view value, uint64_t& length) {
    bool first = true;
    while (first || !value.empty()) {
        size_t parsed = 0;
        if (!parseDecimal(nextListItem(value), parsed) || parsed > kMaxContentLength) return false;
        if (!first && parsed != length) return false;
        length = parsed;
        first = false;
    }
    return true;
}

}  // namespace

void ResponseParser::reset(bool headRequest) {
    state_ = State::Head;
    headRequest_ = headRequest;
    partialHead_.clear();
    scanned_ = 0;
    status_ = 0;
    http10_ = false;
    headerCount_ = 0;
    keepAlive_ = true;
    sawConnectionClose_ = false;
    sawConnectionKeepAlive_ = false;
    sawTransferEncoding_ = false;
    chunked_ = false;
    sawContentLength_ = false;
    contentLength_ = 0;
    remaining_ = 0;
    chunkedDecoder_ = ChunkedDecoder();
    error_.clear();
}

ResponseParser::Result ResponseParser::feed(std::string_view input, size_t& consumed, BodySink& sink) {
    consumed = 0;
    while (state_ == State::Head) {
        size_t used = 0;
        Result result = feedHead(input.substr(consumed), used);
        consumed += used;
        if (result != Result::NeedMore) return result;
        if (state_ == State::Head && consumed == input.size()) return Result::NeedMore;
    }
    if (state_ == State::Done) return Result::Complete;
    if (state_ == State::Failed) return Result::Malformed;
    return feedBody(input, consumed, sink);
}

bool ResponseParser::finishAtClose() {
    if (state_ == State::BodyUntilClose) state_ = State::Done;
    return state_ == State::Done;
}

ResponseParser::Result ResponseParser::feedHead(std::string_view input, size_t& consumed) {
    if (partialHead_.empty()) {
        size_t end = findHeadEnd(input);
        if (end != std::string_view::npos) {
            consumed = end;
            if (end > kMaxHeadBytes) return fail("response head too large");
            return parseHead(input.substr(0, end));
        }
        partialHead_.assign(input);
    } else {
        size_t before = partialHead_.size();
        partialHead_.append(input);
        size_t end = findHeadEnd(partialHead_);
        if (end != std::string_view::npos) {
            consumed = end - before;
            if (end > kMaxHeadBytes) return fail("response head too large");
            Result result = parseHead(std::string_view(partialHead_).substr(0, end));
            partialHead_.clear();
            return result;
        }
    }
    consumed = input.size();
    if (partialHead_.size() > kMaxHeadBytes) return fail("response head too large");
    return Result::NeedMore;
}

size_t ResponseParser::findHeadEnd(std::string_view head) {
    size_t pos = scanned_;
    while (pos < head.size()) {
        const void* found = std::memchr(head.data() + pos, '\n', head.size() - pos);
        if (!found) break;
        size_t newline = static_cast<size_t>(static_cast<const char*>(found) - head.data());
        bool emptyLine = (newline >= 1 && head[newline - 1] == '\n') ||
                         (newline >= 2 && head[newline - 1] == '\r' && head[newline - 2] == '\n');
        if (emptyLine) {
            scanned_ = 0;
            return newline + 1;
        }
        pos = newline + 1;
    }
    scanned_ = head.size();
    return std::string_view::npos;
}

ResponseParser::Result ResponseParser::parseHead(std::string_view head) {
    bool statusLine = true;
    while (!head.empty()) {
        size_t newline = head.find('\n');
        std::string_view line = head.substr(0, newline);
        head.remove_prefix(newline + 1);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty()) break;
        bool valid = statusLine ? parseStatusLine(line) : parseHeaderLine(line);
        if (!valid) return state_ == State::Failed ? Result::Malformed : fail("invalid header line");
        statusLine = false;
    }
    if (status_ == 0) return fail("missing status line");
    headers_.resize(headerCount_);
    if (status_ >= 200) return chooseFraming();
    if (status_ == 101) return fail("unexpected protocol switch (101)");
    bool headRequest = headRequest_;
    reset(headRequest);
    return Result::NeedMore;
}

bool ResponseParser::parseStatusLine(std::string_view line) {
    bool valid = line.size() >= 12 && line.substr(0, 7) == "HTTP/1." && (line[7] == '0' || line[7] == '1') &&
                 line[8] == ' ' && isDigit(line[9]) && isDigit(line[10]) && isDigit(line[11]) &&
                 (line.size() == 12 || line[12] == ' ');
    if (!valid) {
        fail("invalid status line");
        return false;
    }
    http10_ = line[7] == '0';
    status_ = (line[9] - '0') * 100 + (line[10] - '0') * 10 + (line[11] - '0');
    if (status_ < 100) fail("invalid status code");
    return status_ >= 100;
}

bool ResponseParser::parseHeaderLine(std::string_view line) {
    size_t colon = line.find(':');
    if (colon == 0 || colon == std::string_view::npos) return false;
    std::string_view name = line.substr(0, colon);
    if (!isToken(name)) return false;
    std::string_view value = trimWhitespace(line.substr(colon + 1));
    if (headerCount_ == headers_.size()) headers_.emplace_back();
    auto& [storedName, storedValue] = headers_[headerCount_++];
    storedName.assign(name);
    std::transform(storedName.begin(), storedName.end(), storedName.begin(), lowerAscii);
    storedValue.assign(value);
    return noteFraming(storedName, value);
}

bool ResponseParser::noteFraming(const std::string& name, std::string_view value) {
    if (name == "content-length") {
        uint64_t length = 0;
        if (!parseContentLength(value, length) || (sawContentLength_ && length != contentLength_)) {
            fail("invalid Content-Length");
            return false;
        }
        sawContentLength_ = true;
        contentLength_ = length;
    } else if (name == "transfer-encoding") {
        sawTransferEncoding_ = true;
        std::string_view lastCoding;
        while (!value.empty()) lastCoding = nextListItem(value);
        chunked_ = equalsIgnoringCase(lastCoding, "chunked");
    } else if (name == "connection") {
        sawConnectionClose_ = sawConnectionClose_ || listContainsToken(value, "close");
        sawConnectionKeepAlive_ = sawConnectionKeepAlive_ || listContainsToken(value, "keep-alive");
    }
    return true;
}

ResponseParser::Result ResponseParser::chooseFraming() {
    keepAlive_ = !sawConnectionClose_ && (!http10_ || sawConnectionKeepAlive_);
    if (headRequest_ || status_ == 204 || status_ == 304) {
        state_ = State::Done;
    } else if (sawTransferEncoding_) {
        // A length next to a transfer coding is a smuggling pattern: honour the coding, then close.
        if (sawContentLength_ || !chunked_) keepAlive_ = false;
        state_ = chunked_ ? State::ChunkedBody : State::BodyUntilClose;
    } else if (sawContentLength_) {
        remaining_ = contentLength_;
        state_ = contentLength_ == 0 ? State::Done : State::LengthBody;
    } else {
        keepAlive_ = false;
        state_ = State::BodyUntilClose;
    }
    return Result::HeadComplete;
}

ResponseParser::Result ResponseParser::feedBody(std::string_view input, size_t& consumed, BodySink& sink) {
    if (state_ == State::ChunkedBody) return feedChunked(input, consumed, sink);
    size_t take = state_ == State::LengthBody ? static_cast<size_t>(std::min<uint64_t>(remaining_, input.size()))
                                              : input.size();
    consumed = take;
    if (take == 0) return Result::NeedMore;
    if (state_ == State::LengthBody) {
        remaining_ -= take;
        if (remaining_ == 0) state_ = State::Done;
    }
    if (!sink.onBodyBytes(input.substr(0, take))) return Result::Stopped;
    return state_ == State::Done ? Result::Complete : Result::NeedMore;
}

ResponseParser::Result ResponseParser::feedChunked(std::string_view input, size_t& consumed, BodySink& sink) {
    bool stopped = false;
    auto deliver = [&](std::string_view bytes) {
        if (!stopped && !sink.onBodyBytes(bytes)) stopped = true;
    };
    ChunkedDecoder::Result result = chunkedDecoder_.feed(input, consumed, deliver);
    if (stopped) return Result::Stopped;
    if (result == ChunkedDecoder::Result::Error) return fail("invalid chunked body");
    if (result == ChunkedDecoder::Result::NeedMore) return Result::NeedMore;
    state_ = State::Done;
    return Result::Complete;
}

ResponseParser::Result ResponseParser::fail(const char* why) {
    state_ = State::Failed;
    error_ = why;
    return Result::Malformed;
}

}  // namespace sluice::net
