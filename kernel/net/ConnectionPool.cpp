#include "net/ConnectionPool.h"

#include <algorithm>

namespace sluice::net {

namespace {

/** Longest idle time after which a connection is no longer trusted to be alive. */
constexpr std::chrono::seconds kMaxIdleAge{60};

}  // namespace

ConnectionPool::ConnectionPool(size_t maxIdlePerOrigin) : maxIdlePerOrigin_(maxIdlePerOrigin) {}

ConnectionPool::~ConnectionPool() = default;

std::unique_ptr<UpstreamConnection> ConnectionPool::take(const std::string& poolKey) {
    auto found = idle_.find(poolKey);
    if (found == idle_.end() || found->second.empty()) return nullptr;
    Parked newest = std::move(found->second.back());
    found->second.pop_back();
    if (std::chrono::steady_clock::now() - newest.since < kMaxIdleAge) return std::move(newest.connection);
    UpstreamConnection::retire(std::move(newest.connection));
    dropOrigin(poolKey);  // the others have been idle even longer
    return nullptr;
}

void ConnectionPool::put(std::unique_ptr<UpstreamConnection> connection) {
    if (maxIdlePerOrigin_ == 0) {
        UpstreamConnection::retire(std::move(connection));
        return;
    }
    connection->park(*this);
    std::vector<Parked>& idle = idle_[connection->poolKey()];
    idle.push_back(Parked{std::move(connection), std::chrono::steady_clock::now()});
    if (idle.size() <= maxIdlePerOrigin_) return;
    UpstreamConnection::retire(std::move(idle.front().connection));
    idle.erase(idle.begin());
}

void ConnectionPool::dropOrigin(const std::string& poolKey) {
    auto found = idle_.find(poolKey);
    if (found == idle_.end()) return;
    for (Parked& parked : found->second) UpstreamConnection::retire(std::move(parked.connection));
    idle_.erase(found);
}

void ConnectionPool::onIdleConnectionLost(UpstreamConnection& connection) {
    auto found = idle_.find(connection.poolKey());
    if (found == idle_.end()) return;
    std::vector<Parked>& idle = found->second;
    auto lost = std::find_if(idle.begin(), idle.end(), [&](const Parked& parked) {
        return parked.connection.get() == &connection;
    });
    if (lost == idle.end()) return;
    UpstreamConnection::retire(std::move(lost->connection));
    idle.erase(lost);
}

}  // namespace sluice::net
