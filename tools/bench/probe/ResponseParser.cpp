#include "ResponseParser.h"

#include "Text.h"

#include <algorithm>
#include <charconv>
#include <cstring>

namespace sluice::probe {
namespace {

constexpr std::string_view kHeadEnd = "\r\n\r\n";
constexpr std::size_t kMaxHeadBytes = 64 * 1024;
/** Chunk sizes beyond this are nonsense; refusing them keeps the arithmetic from overflowing. */
constexpr std::uint64_t kMaxChunkSize = std::uint64_t{1} << 48;

int hexValue(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

}  // namespace

void ResponseParser::reset() {
    state_ = State::Head;
    partialHead_.clear();
    remaining_ = 0;
    chunkSizeDigits_ = 0;
    status_ = 0;
    keepAlive_ = true;
}

ResponseParser::Result ResponseParser::feed(const char* data, std::size_t size, BodySink& sink) {
    std::size_t used = 0;
    for (;;) {
        if (state_ == State::Head) {
            takeHead(data, size, used);
            if (state_ == State::Head && used == size) {
                return Result::NeedMore;
            }
        } else if (state_ == State::Done) {
            return used == size ? Result::Complete : Result::Malformed;
        } else if (state_ == State::Failed) {
            return Result::Malformed;
        } else if (used == size) {
            return Result::NeedMore;
        } else {
            used += takeBody(data + used, size - used, sink);
        }
    }
}

void ResponseParser::takeHead(const char* data, std::size_t size, std::size_t& used) {
    const std::string_view fresh(data + used, size - used);
    if (partialHead_.empty()) {
        const std::size_t end = fresh.find(kHeadEnd);
        if (end != std::string_view::npos) {
            used += end + kHeadEnd.size();
            parseHead(fresh.substr(0, end + 2));
            return;
        }
    }
    // The head is split across reads: gather it, looking again only where the end could newly appear.
    const std::size_t searchFrom = partialHead_.size() >= 3 ? partialHead_.size() - 3 : 0;
    const std::size_t before = partialHead_.size();
    partialHead_.append(fresh);
    const std::size_t end = partialHead_.find(kHeadEnd, searchFrom);
    if (end == std::string::npos) {
        used = size;
        if (partialHead_.size() > kMaxHeadBytes) {
            state_ = State::Failed;
        }
        return;
    }
    used += end + kHeadEnd.size() - before;
    const std::string head = partialHead_.substr(0, end + 2);
    partialHead_.clear();
    parseHead(head);
}

void ResponseParser::parseHead(std::string_view head) {
    const std::size_t statusLineEnd = head.find("\r\n");
    if (!parseStatusLine(head.substr(0, statusLineEnd))) {
        state_ = State::Failed;
        return;
    }
    bool chunked = false;
    std::int64_t contentLength = -1;
    head.remove_prefix(statusLineEnd + 2);
    while (!head.empty()) {
        const std::size_t lineEnd = head.find("\r\n");
        if (!parseHeaderLine(head.substr(0, lineEnd), chunked, contentLength)) {
            state_ = State::Failed;
            return;
        }
        head.remove_prefix(lineEnd + 2);
    }

    if (status_ < 200) {
        return;  // An interim response (100 Continue and the like): the real one follows.
    }
    if (status_ == 204 || status_ == 304) {
        state_ = State::Done;
    } else if (chunked) {
        state_ = State::ChunkSize;
    } else if (contentLength >= 0) {
        remaining_ = static_cast<std::uint64_t>(contentLength);
        state_ = remaining_ == 0 ? State::Done : State::BodyWithLength;
    } else {
        state_ = State::BodyUntilClose;
        keepAlive_ = false;
    }
}

bool ResponseParser::parseStatusLine(std::string_view line) {
    // "HTTP/1.1 200 OK": version, space, three digits, then an optional reason.
    if (line.size() < 12 || line.substr(0, 7) != "HTTP/1." || line[8] != ' ' || (line.size() > 12 && line[12] != ' ')) {
        return false;
    }
    const auto [end, error] = std::from_chars(line.data() + 9, line.data() + 12, status_);
    if (error != std::errc() || end != line.data() + 12 || status_ < 100) {
        return false;
    }
    keepAlive_ = line[7] != '0';  // HTTP/1.0 closes unless it says keep-alive.
    return status_ != 101;        // The probe never asks to switch protocols.
}

bool ResponseParser::parseHeaderLine(std::string_view line, bool& chunked, std::int64_t& contentLength) {
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) {
        return false;
    }
    const std::string_view name = line.substr(0, colon);
    const std::string_view value = trimWhitespace(line.substr(colon + 1));
    if (equalsLowercase(name, "content-length")) {
        std::int64_t length = -1;
        const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), length);
        const bool valid = !value.empty() && error == std::errc() && end == value.data() + value.size() && length >= 0;
        if (!valid || (contentLength >= 0 && contentLength != length)) {
            return false;
        }
        contentLength = length;
    } else if (equalsLowercase(name, "transfer-encoding")) {
        chunked = listsToken(value, "chunked");
    } else if (equalsLowercase(name, "connection")) {
        if (listsToken(value, "close")) {
            keepAlive_ = false;
        } else if (listsToken(value, "keep-alive")) {
            keepAlive_ = true;
        }
    }
    return true;
}

std::size_t ResponseParser::takeBody(const char* data, std::size_t size, BodySink& sink) {
    if (state_ == State::BodyUntilClose) {
        sink.onBody({data, size});
        return size;
    }
    if (state_ == State::BodyWithLength) {
        const std::size_t taken = static_cast<std::size_t>(std::min<std::uint64_t>(remaining_, size));
        sink.onBody({data, taken});
        remaining_ -= taken;
        if (remaining_ == 0) {
            state_ = State::Done;
        }
        return taken;
    }
    return takeChunked(data, size, sink);
}

std::size_t ResponseParser::takeChunked(const char* data, std::size_t size, BodySink& sink) {
    std::size_t used = 0;
    while (used < size && state_ != State::Done && state_ != State::Failed) {
        if (state_ == State::ChunkData) {
            const std::size_t taken = static_cast<std::size_t>(std::min<std::uint64_t>(remaining_, size - used));
            sink.onBody({data + used, taken});
            used += taken;
            remaining_ -= taken;
            if (remaining_ == 0) {
                state_ = State::ChunkDataEnd;
            }
            continue;
        }
        const char c = data[used++];
        switch (state_) {
        case State::ChunkSize:
            if (const int digit = hexValue(c); digit >= 0) {
                remaining_ = remaining_ * 16 + static_cast<std::uint64_t>(digit);
                ++chunkSizeDigits_;
                state_ = remaining_ > kMaxChunkSize ? State::Failed : State::ChunkSize;
            } else if (chunkSizeDigits_ == 0) {
                state_ = State::Failed;
            } else if (c == ';' || c == ' ' || c == '\t') {
                state_ = State::ChunkExtension;
            } else if (c == '\r') {
                state_ = State::ChunkSizeLineFeed;
            } else if (c == '\n') {
                endChunkSizeLine();
            } else {
                state_ = State::Failed;
            }
            break;
        case State::ChunkExtension:
            if (c == '\n') {
                endChunkSizeLine();
            }
            break;
        case State::ChunkSizeLineFeed:
            if (c == '\n') {
                endChunkSizeLine();
            } else {
                state_ = State::Failed;
            }
            break;
        case State::ChunkDataEnd:
            state_ = c == '\r' ? State::ChunkDataLineFeed : c == '\n' ? State::ChunkSize : State::Failed;
            break;
        case State::ChunkDataLineFeed: state_ = c == '\n' ? State::ChunkSize : State::Failed; break;
        case State::TrailerLineStart:
            state_ = c == '\r' ? State::TrailersLineFeed : c == '\n' ? State::Done : State::TrailerLine;
            break;
        case State::TrailerLine:
            if (c == '\n') {
                state_ = State::TrailerLineStart;
            }
            break;
        case State::TrailersLineFeed: state_ = c == '\n' ? State::Done : State::Failed; break;
        default: state_ = State::Failed; break;
        }
    }
    return used;
}

void ResponseParser::endChunkSizeLine() {
    chunkSizeDigits_ = 0;
    state_ = remaining_ == 0 ? State::TrailerLineStart : State::ChunkData;
}

}  // namespace sluice::probe
