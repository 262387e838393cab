// Incremental decoding of a Transfer-Encoding: chunked body (requests and responses alike).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace sluice::net {

/** Decodes a chunked body fed in pieces split anywhere; trailers are read and ignored. */
class ChunkedDecoder {
public:
    enum class Result {
        NeedMore,  // all input consumed, body not finished
        Done,      // the terminating chunk and trailers were read; `consumed` stops right after them
        Error      // malformed framing (the connection must be closed)
    };

    /**
     * Consumes from input, sets consumed to the bytes used, and passes each
     * piece of decoded data to out as soon as it is available.
     */
    Result feed(std::string_view input, size_t& consumed, const std::function<void(std::string_view)>& out);

private:
    enum class State {
        Size,
        SizeWhitespace,
        SizeExtension,
        SizeLineFeed,
        Data,
        DataCr,
        DataLf,
        Trailer,
        TrailerLf,
        Finished,
        Failed
    };

    /** Advances the framing by one byte outside chunk data; false when the byte is malformed. */
    bool step(char c);
    bool stepSize(char c);
    bool stepSizeWhitespace(char c);
    bool stepSizeExtension(char c);
    bool stepSizeLineFeed(char c);
    bool stepTrailer(char c);
    bool stepTrailerLineFeed(char c);
    bool expect(char c, char wanted, State next);

    State state_ = State::Size;
    size_t remaining_ = 0;
    size_t sizeDigits_ = 0;
    size_t overheadBytes_ = 0;  // extension bytes of this size line, or trailer bytes so far
    bool trailerLineEmpty_ = true;
};

}  // namespace sluice::net
