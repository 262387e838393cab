// One request as an endpoint sees it: what was asked, where to answer, and its id.
#pragma once

#include "http/ApiError.h"
#include "http/PathPattern.h"
#include "net/HttpMessage.h"
#include "net/ResponseChannel.h"

#include <memory>
#include <string>

namespace sluice::http {

/** Everything one endpoint needs; shared so asynchronous work can keep it alive. */
struct RequestContext {
    net::HttpRequest request;
    std::shared_ptr<net::ResponseChannel> channel;
    std::string requestId;  // also sent as X-Request-Id and kept in the usage log
    PathParams pathParams;  // the route pattern's captures ({model} -> "gemini-2.5-pro")

    /** The capture named name, or "" when the route has none. */
    std::string_view pathParam(std::string_view name) const;

    /** Sends a complete JSON response (with X-Request-Id) plus extra headers. */
    void sendJson(int status, std::string_view body, const net::Headers& extra = {}) const;

    /** Sends an ApiError in OpenAI's shape. */
    void sendError(const ApiError& error, const net::Headers& extra = {}) const;

    /** Sends a complete response of any content type. */
    void send(int status, std::string_view contentType, std::string_view body, const net::Headers& extra = {}) const;

    /** Starts a streamed response, server-sent events unless told otherwise (no caching, no proxy buffering). */
    void startEventStream(std::string_view contentType = "text/event-stream") const;
};

}  // namespace sluice::http
