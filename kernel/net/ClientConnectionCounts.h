// How many connections each client address holds, across every loop of a server.
#pragma once

#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>

namespace sluice::net {

/**
 * Counts open connections per client address so that one address cannot take
 * every descriptor (a slowloris client opening thousands). Shared by all of a
 * server's loops; touched once when a connection opens and once when it closes.
 */
class ClientConnectionCounts {
public:
    /** At most perClient connections per address; 0 = no cap. */
    explicit ClientConnectionCounts(size_t perClient) : perClient_(perClient) {}

    /** Counts one more connection from address; false (and nothing counted) when it holds the cap already. */
    bool tryOpen(const std::string& address);

    /** Forgets one connection from address, opened with tryOpen. */
    void close(const std::string& address);

    /** The connections address holds now. */
    size_t openFrom(const std::string& address) const;

private:
    const size_t perClient_;
    mutable std::mutex mutex_;
    std::unordered_map<std::string, size_t> open_;
};

}  // namespace sluice::net
