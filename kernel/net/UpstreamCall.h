// One asynchronous upstream HTTP exchange and the callbacks that receive it.
#pragma once

#include "net/HttpMessage.h"

#include <memory>
#include <string>
#include <string_view>

namespace sluice::net {

/** Receives one upstream response, on the loop thread that started the call. */
class UpstreamHandler {
public:
    virtual ~UpstreamHandler() = default;

    /** Status and headers (lower-case names) arrived. */
    virtual void onHead(int status, const Headers& headers) = 0;

    /** Body bytes arrived (de-chunked), as soon as they did; return false to abandon the call. */
    virtual bool onBody(std::string_view bytes) = 0;

    /** The body ended cleanly; the connection went back to the pool. */
    virtual void onComplete() = 0;

    /**
     * The call failed: could not connect, timed out (connect, first byte, or
     * idle inside the body: timedOut = true), or the connection broke. Called
     * at most once, and never after onComplete().
     */
    virtual void onFailure(bool timedOut, const std::string& message) = 0;
};

/** A handle on a call in flight: cancel() closes its connection (the upstream stops) and silences the handler. */
class UpstreamCall {
public:
    virtual ~UpstreamCall() = default;

    /** Abandons the call; no handler method runs afterwards. */
    virtual void cancel() = 0;
};

}  // namespace sluice::net
