// Idle keep-alive upstream connections of one event loop, per origin.
#pragma once

#include "net/UpstreamConnection.h"

#include <chrono>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace sluice::net {

/**
 * Keeps up to maxIdlePerOrigin idle connections per "scheme://host:port",
 * handing out the most recently used first. A parked connection that the
 * upstream closes (or that receives anything) is closed and dropped at once;
 * one idle for over a minute is not handed out, since a peer that vanished
 * without closing would only show up as a first-byte timeout. Loop thread only.
 */
class ConnectionPool final : private UpstreamConnection::IdleListener {
public:
    explicit ConnectionPool(size_t maxIdlePerOrigin);

    /** Closes every idle connection. */
    ~ConnectionPool() override;
    ConnectionPool(const ConnectionPool&) = delete;
    ConnectionPool& operator=(const ConnectionPool&) = delete;

    /** An idle connection to the origin, or null when there is none. */
    std::unique_ptr<UpstreamConnection> take(const std::string& poolKey);

    /** Parks a reusable connection; the oldest idle one of its origin is closed when that exceeds the limit. */
    void put(std::unique_ptr<UpstreamConnection> connection);

    /** Closes every idle connection to the origin (after one of them proved stale). */
    void dropOrigin(const std::string& poolKey);

private:
    struct Parked {
        std::unique_ptr<UpstreamConnection> connection;
        std::chrono::steady_clock::time_point since;
    };

    void onIdleConnectionLost(UpstreamConnection& connection) override;

    size_t maxIdlePerOrigin_;
    std::unordered_map<std::string, std::vector<Parked>> idle_;
};

}  // namespace sluice::net
