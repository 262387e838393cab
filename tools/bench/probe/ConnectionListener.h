#pragma once

#include <cstdint>
#include <string_view>

namespace sluice::probe {

class ClientConnection;

/** Why a request got no complete response. */
enum class RequestFailure {
    /** The TCP connect failed. */
    Connect,
    /** The server closed or reset the connection before the response ended. */
    Closed,
    /** The response was not valid HTTP/1.1. */
    Malformed,
    /** The response did not complete within the time limit. */
    Timeout,
};

/**
 * What a ClientConnection reports to the workload driving it. Every call comes
 * from the connection's event loop thread, as the connection's last action, so
 * the listener may send the next request from onResponseComplete.
 */
class ConnectionListener {
public:
    virtual ~ConnectionListener() = default;

    /** A piece of the decoded response body arrived at `nowNs`. */
    virtual void onResponseBody(ClientConnection& connection, std::string_view bytes, std::int64_t nowNs) = 0;
    /** The response ended at `nowNs`; connection.status() tells which. The connection is idle again. */
    virtual void onResponseComplete(ClientConnection& connection, std::int64_t nowNs) = 0;
    /**
     * The request failed at `nowNs` and the connection closed. This may be
     * reported from inside send(), so the listener must not send again from
     * here: it schedules a retry instead, which also keeps a dead server from
     * turning the probe into a busy loop.
     */
    virtual void onRequestFailed(ClientConnection& connection, RequestFailure failure, std::int64_t nowNs) = 0;
};

}  // namespace sluice::probe
