// One request's body, from what its head declares to the last byte, within the server's limits.
#pragma once

#include "net/BodyBudget.h"
#include "net/ByteBuffer.h"
#include "net/ChunkedDecoder.h"
#include "net/HttpMessage.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace sluice::net {

/**
 * Reads a request body for a ServerConnection: it checks the framing the
 * head declares (one Host, Content-Length, chunked Transfer-Encoding), then
 * moves body bytes from the connection's input, by length or chunked, within
 * the largest body allowed and the bytes the server-wide BodyBudget grants.
 * The bytes taken from the budget go back when the body is handed over or
 * dropped (release, or destruction).
 */
class RequestBodyReader {
public:
    /** Why a request is refused: its status, message, error code and type; status 0 when it is not. */
    struct Refusal {
        int status = 0;
        std::string_view message;
        std::string_view code = "invalid_request";
        std::string_view type = "invalid_request_error";

        explicit operator bool() const noexcept { return status != 0; }
    };

    /** How far a read got. */
    enum class Progress { NeedMore, Complete, Refused };

    RequestBodyReader(BodyBudget& budget, size_t maxBodyBytes) : budget_(budget), maxBodyBytes_(maxBodyBytes) {}
    ~RequestBodyReader() { release(); }
    RequestBodyReader(const RequestBodyReader&) = delete;
    RequestBodyReader& operator=(const RequestBodyReader&) = delete;

    /** Starts a new request from its head; a refusal when its framing is invalid or its body too large. */
    Refusal begin(const Headers& headers, bool http11, std::string& body);

    /** Whether the head announced a body (a 100-continue is worth sending). */
    bool expectsBody() const noexcept { return chunked_ || remaining_ > 0; }

    /** Moves what input holds of the body into body; on Refused, refusal() says why. */
    Progress read(ByteBuffer& input, std::string& body);

    /** Why the last read was refused. */
    const Refusal& refusal() const noexcept { return refusal_; }

    /** Gives the budget back the bytes this body took. */
    void release() noexcept;

private:
    Progress refuse(Refusal refusal);
    bool take(size_t bytes);
    Progress readChunked(ByteBuffer& input, std::string& body);

    BodyBudget& budget_;
    const size_t maxBodyBytes_;
    ChunkedDecoder decoder_;
    bool chunked_ = false;
    size_t remaining_ = 0;  // Content-Length bytes still to come
    size_t held_ = 0;       // taken from the budget for this body
    Refusal refusal_;
};

}  // namespace sluice::net
