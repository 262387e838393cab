// Incremental parsing of one HTTP/1.1 response at a time, as the upstream client reads it.
#pragma once

#include "net/ChunkedDecoder.h"
#include "net/HttpMessage.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace sluice::net {

/**
 * Parses a response fed in pieces split anywhere: the status line and headers
 * (names lower-cased), skipping interim 1xx responses, then the body framed by
 * Content-Length, chunked encoding, or the server closing. Body bytes go to a
 * BodySink as soon as they are fed, without copying; only a head split across
 * reads is buffered.
 */
class ResponseParser {
public:
    /** What feed() stopped at. */
    enum class Result {
        NeedMore,      // all input consumed, the response goes on
        HeadComplete,  // status() and headers() are ready; feed the rest for the body
        Complete,      // the response ended; `consumed` stops right after it
        Stopped,       // the sink refused more body
        Malformed      // see error(); the connection must be closed
    };

    /** Receives decoded body bytes. */
    class BodySink {
    public:
        virtual ~BodySink() = default;

        /** The next body bytes; false stops the parse (Result::Stopped). */
        virtual bool onBodyBytes(std::string_view bytes) = 0;
    };

    /** Prepares for the next response; a response to HEAD never has a body. */
    void reset(bool headRequest);

    /** Consumes input up to the next result, setting consumed to the bytes used. */
    Result feed(std::string_view input, size_t& consumed, BodySink& sink);

    /** Ends the input: true when the response was complete or is ended by the close (no framing). */
    bool finishAtClose();

    /** The final (non-1xx) status, once the head is complete. */
    int status() const noexcept { return status_; }

    /** The final response's headers, lower-case names; valid once the head is complete. */
    const Headers& headers() const noexcept { return headers_; }

    /** Whether the connection may carry another request after this response. */
    bool keepAlive() const noexcept { return keepAlive_; }

    /** Why the response was malformed. */
    const std::string& error() const noexcept { return error_; }

private:
    enum class State { Head, LengthBody, ChunkedBody, BodyUntilClose, Done, Failed };

    Result feedHead(std::string_view input, size_t& consumed);
    Result feedBody(std::string_view input, size_t& consumed, BodySink& sink);
    Result feedChunked(std::string_view input, size_t& consumed, BodySink& sink);
    /** Finds the end of a head starting at head[0]; searching resumes at scanned_. npos while incomplete. */
    size_t findHeadEnd(std::string_view head);
    Result parseHead(std::string_view head);
    bool parseStatusLine(std::string_view line);
    bool parseHeaderLine(std::string_view line);
    bool noteFraming(const std::string& name, std::string_view value);
    Result chooseFraming();
    Result fail(const char* why);

    State state_ = State::Head;
    bool headRequest_ = false;
    std::string partialHead_;
    size_t scanned_ = 0;
    int status_ = 0;
    bool http10_ = false;
    /** Parsed headers; slots are reused response after response, so their strings keep their capacity. */
    Headers headers_;
    /** Headers parsed so far in the current head. */
    size_t headerCount_ = 0;
    bool keepAlive_ = true;
    bool sawConnectionClose_ = false;
    bool sawConnectionKeepAlive_ = false;
    bool sawTransferEncoding_ = false;
    bool chunked_ = false;
    bool sawContentLength_ = false;
    uint64_t contentLength_ = 0;
    uint64_t remaining_ = 0;
    ChunkedDecoder chunkedDecoder_;
    std::string error_;
};

}  // namespace sluice::net
