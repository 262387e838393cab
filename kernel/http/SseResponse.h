// A text/event-stream response written event by event, never buffered whole.
#pragma once

#include <Poco/Net/HTTPServerResponse.h>

#include <string_view>

namespace sluice::http {

/** Streams SSE events to the client; each write is flushed as its own chunk. */
class SseResponse {
public:
    explicit SseResponse(Poco::Net::HTTPServerResponse& response) : response_(response) {}

    /** Sends one event (headers first, on the first call). False: the client is gone. */
    bool write(std::string_view event);

    /** True once the status and headers went out. */
    bool started() const noexcept { return out_ != nullptr; }

private:
    Poco::Net::HTTPServerResponse& response_;
    std::ostream* out_ = nullptr;
};

}  // namespace sluice::http
