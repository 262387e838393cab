// The bytes of request bodies all connections of a server may hold while receiving them.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>

namespace sluice::net {

/**
 * A process-wide bound on request-body bytes being received, so that many
 * slow senders cannot hold the process's memory between them: a connection
 * takes bytes as they arrive and gives them back once the body is handed to
 * the application or dropped. Lock-free; shared by all of a server's loops.
 */
class BodyBudget {
public:
    /** At most limit bytes held at once; 0 = no bound. */
    explicit BodyBudget(size_t limit) : limit_(limit) {}

    /** Takes bytes from the budget; false (and nothing taken) when that would pass the limit. */
    bool tryTake(size_t bytes) noexcept;

    /** Gives back bytes taken earlier. */
    void give(size_t bytes) noexcept { held_.fetch_sub(bytes, std::memory_order_relaxed); }

    /** The bytes held now. */
    size_t held() const noexcept { return held_.load(std::memory_order_relaxed); }

private:
    const size_t limit_;
    std::atomic<size_t> held_{0};
};

}  // namespace sluice::net
