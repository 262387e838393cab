#include "net/ChunkedDecoder.h"

#include <algorithm>

namespace sluice::net {

namespace {

/** Larger chunk sizes are refused: no real body needs them and the arithmetic stays far from overflow. */
constexpr size_t kMaxChunkSize = size_t{1} << 40;
/** Longest extension text on one size line; a peer sending more is stalling or attacking. */
constexpr size_t kMaxExtensionBytes = 4096;
/** Most trailer bytes accepted after the last chunk. */
constexpr size_t kMaxTrailerBytes = 64 * 1024;

int hexDigitValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool isBlank(char c) { return c == ' ' || c == '\t'; }

}  // namespace

ChunkedDecoder::Result ChunkedDecoder::feed(std::string_view input, size_t& consumed,
                                            const std::function<void(std::string_view)>& out) {
    size_t pos = 0;
    while (pos < input.size()) {
        if (state_ == State::Finished) break;
        if (state_ == State::Failed) {
            consumed = pos;
            return Result::Error;
        }
        if (state_ == State::Data) {
            size_t take = std::min(remaining_, input.size() - pos);
            out(input.substr(pos, take));
            pos += take;
            remaining_ -= take;
            if (remaining_ == 0) state_ = State::DataCr;
            continue;
        }
        if (!step(input[pos])) {
            state_ = State::Failed;
            consumed = pos;
            return Result::Error;
        }
        ++pos;
    }
    consumed = pos;
    if (state_ == State::Failed) return Result::Error;
    return state_ == State::Finished ? Result::Done : Result::NeedMore;
}

bool ChunkedDecoder::step(char c) {
    switch (state_) {
        case State::Size: return stepSize(c);
        case State::SizeWhitespace: return stepSizeWhitespace(c);
        case State::SizeExtension: return stepSizeExtension(c);
        case State::SizeLineFeed: return stepSizeLineFeed(c);
        case State::DataCr: return expect(c, '\r', State::DataLf);
        case State::DataLf: return expect(c, '\n', State::Size);
        case State::Trailer: return stepTrailer(c);
        case State::TrailerLf: return stepTrailerLineFeed(c);
        case State::Data:
        case State::Finished:
        case State::Failed: break;
    }
    return false;
}

bool ChunkedDecoder::stepSize(char c) {
    int digit = hexDigitValue(c);
    if (digit >= 0) {
        remaining_ = remaining_ * 16 + static_cast<size_t>(digit);
        ++sizeDigits_;
        return remaining_ <= kMaxChunkSize;
    }
    if (sizeDigits_ == 0) return false;
    return stepSizeWhitespace(c);
}

bool ChunkedDecoder::stepSizeWhitespace(char c) {
    if (isBlank(c)) {
        state_ = State::SizeWhitespace;
        return true;
    }
    if (c == ';') {
        state_ = State::SizeExtension;
        overheadBytes_ = 0;
        return true;
    }
    return expect(c, '\r', State::SizeLineFeed);
}

bool ChunkedDecoder::stepSizeExtension(char c) {
    if (c == '\r') {
        state_ = State::SizeLineFeed;
        return true;
    }
    return c != '\n' && ++overheadBytes_ <= kMaxExtensionBytes;
}

bool ChunkedDecoder::stepSizeLineFeed(char c) {
    if (c != '\n') return false;
    sizeDigits_ = 0;
    overheadBytes_ = 0;
    trailerLineEmpty_ = true;
    state_ = remaining_ == 0 ? State::Trailer : State::Data;
    return true;
}

bool ChunkedDecoder::stepTrailer(char c) {
    if (++overheadBytes_ > kMaxTrailerBytes) return false;
    if (c == '\r') {
        state_ = State::TrailerLf;
        return true;
    }
    trailerLineEmpty_ = false;
    return c != '\n';
}

bool ChunkedDecoder::stepTrailerLineFeed(char c) {
    if (c != '\n') return false;
    state_ = trailerLineEmpty_ ? State::Finished : State::Trailer;
    trailerLineEmpty_ = true;
    return true;
}

bool ChunkedDecoder::expect(char c, char wanted, State next) {
    if (c != wanted) return false;
    state_ = next;
    return true;
}

}  // namespace sluice::net
