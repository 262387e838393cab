#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace sluice::probe {

/**
 * Incremental parser for one HTTP/1.1 response at a time, fed straight from
 * recv() so nothing is copied except a head split across reads. Handles
 * Content-Length, chunked transfer-encoding (extensions and trailers skipped),
 * bodies delimited by the server closing, bodiless statuses, and interim 1xx
 * responses. Decoded body bytes go to a BodySink as they arrive, which is what
 * lets streams be timed event by event.
 */
class ResponseParser {
public:
    /** Where a response stands after feed(). */
    enum class Result { NeedMore, Complete, Malformed };

    /** Receives decoded body bytes; implemented by whoever times the body. */
    class BodySink {
    public:
        virtual ~BodySink() = default;
        /** The next piece of decoded body. */
        virtual void onBody(std::string_view bytes) = 0;
    };

    /** Consumes received bytes. Bytes beyond the end of the response are Malformed: the probe never pipelines. */
    Result feed(const char* data, std::size_t size, BodySink& sink);
    /** True when the server closing now ends the response properly (a body without length or chunking). */
    bool completesAtClose() const { return state_ == State::BodyUntilClose; }
    /** Forgets the previous response, ready for the next one on the same connection. */
    void reset();

    /** The final (non-1xx) status code, once the head is parsed. */
    int status() const { return status_; }
    /** Whether the server lets the connection carry another request after this response. */
    bool keepAlive() const { return keepAlive_; }

private:
    enum class State {
        Head,
        BodyWithLength,
        BodyUntilClose,
        ChunkSize,
        ChunkExtension,
        ChunkSizeLineFeed,
        ChunkData,
        ChunkDataEnd,
        ChunkDataLineFeed,
        TrailerLineStart,
        TrailerLine,
        TrailersLineFeed,
        Done,
        Failed,
    };

    /** Takes head bytes from data[used..size); advances `used` past what it consumed. */
    void takeHead(const char* data, std::size_t size, std::size_t& used);
    void parseHead(std::string_view head);
    bool parseStatusLine(std::string_view line);
    bool parseHeaderLine(std::string_view line, bool& chunked, std::int64_t& contentLength);
    /** Consumes body bytes for the current state; returns how many it used. */
    std::size_t takeBody(const char* data, std::size_t size, BodySink& sink);
    std::size_t takeChunked(const char* data, std::size_t size, BodySink& sink);
    void endChunkSizeLine();

    State state_ = State::Head;
    /** Head bytes kept while the head is split across reads. */
    std::string partialHead_;
    /** Body bytes still due: of the Content-Length body, or of the current chunk. */
    std::uint64_t remaining_ = 0;
    /** Hex digits read of the current chunk size. */
    int chunkSizeDigits_ = 0;
    int status_ = 0;
    bool keepAlive_ = true;
};

}  // namespace sluice::probe
