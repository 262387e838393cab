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
    enum class State { Size, SizeExtension, SizeLineFeed, Data, DataCr, DataLf, Trailer, TrailerLf, Finished };

    State state_ = State::Size;
    size_t remaining_ = 0;
    size_t sizeDigits_ = 0;
    bool trailerLineEmpty_ = true;
};

}  // namespace sluice::net
