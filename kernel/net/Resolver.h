// Host name resolution for one event loop: off-loop lookups, a short-lived cache, numeric hosts inline.
#pragma once

#include "net/EventLoop.h"

#include <sys/socket.h>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace sluice::net {

/** One address to connect to. */
struct SocketAddress {
    sockaddr_storage storage{};
    socklen_t length = 0;
};

using AddressList = std::vector<SocketAddress>;

/**
 * Resolves host names with getaddrinfo on a background thread, never on the
 * loop thread, and hands results back through loop.post(). Numeric IPv4 and
 * IPv6 hosts need no lookup; answers are cached for a minute. Concurrent
 * lookups of one host share a single getaddrinfo call. Loop thread only.
 */
class Resolver {
public:
    /** Receives the addresses (with the port filled in), or an empty list and a readable error. */
    using Callback = std::function<void(const AddressList& addresses, const std::string& error)>;

    explicit Resolver(EventLoop& loop);

    /** Abandons lookups in flight: their callbacks never run; a lookup stuck in getaddrinfo does not block this. */
    ~Resolver();
    Resolver(const Resolver&) = delete;
    Resolver& operator=(const Resolver&) = delete;

    /** The addresses of a numeric or freshly cached host, at once; false when a lookup is needed. */
    bool resolveNow(const std::string& host, uint16_t port, AddressList& addresses);

    /** Looks host up in the background; callback runs later on the loop thread. */
    void resolve(const std::string& host, uint16_t port, Callback callback);

private:
    struct Waiter {
        uint16_t port;
        Callback callback;
    };
    struct CacheEntry {
        AddressList addresses;
        std::chrono::steady_clock::time_point expires;
    };
    /** What the loop and the lookup thread share; outlives the Resolver while the thread runs. */
    struct Shared {
        std::mutex mutex;
        std::condition_variable wake;
        std::deque<std::string> hosts;
        EventLoop* loop = nullptr;  // null once the Resolver is gone: the thread then ends
        Resolver* owner = nullptr;
        std::weak_ptr<bool> ownerAlive;
    };

    static void lookUpForever(std::shared_ptr<Shared> shared);
    void startThread();
    void deliver(const std::string& host, const AddressList& addresses, const std::string& error);

    std::shared_ptr<Shared> shared_;
    std::shared_ptr<bool> alive_ = std::make_shared<bool>(true);
    bool threadStarted_ = false;
    std::unordered_map<std::string, CacheEntry> cache_;
    std::unordered_map<std::string, std::vector<Waiter>> waiting_;
};

}  // namespace sluice::net
