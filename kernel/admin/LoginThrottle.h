// Holds back a client address that keeps presenting wrong admin tokens.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <mutex>
#include <string>
#include <unordered_map>

namespace sluice::admin {

/** When a client is locked out, for how long, and how many clients are tracked. */
struct LoginLimits {
    size_t maxFailures = 10;  // this many wrong tokens within window lock the client out
    std::chrono::seconds window{60};
    std::chrono::seconds lockout{300};
    size_t maxClients = 4096;  // tracked clients, the overflow entry aside
};

/**
 * Counts wrong admin tokens per client and locks a client out once it has
 * presented too many within a window: while locked out it is answered 429
 * without its token being looked at. An IPv6 client counts by its /64 (one
 * host usually holds the whole prefix); an IPv4-mapped address as the IPv4
 * one. At most maxClients clients are tracked: when that many are, clients
 * seen for the first time share one overflow entry, so flooding the table
 * with addresses buys no extra guesses. Thread-safe (one mutex; it is only
 * touched by admin requests).
 */
class LoginThrottle {
public:
    /** The clock lockouts are measured on. */
    using Clock = std::chrono::steady_clock;
    /** The time source; tests inject their own. */
    using Now = std::function<Clock::time_point()>;

    /** A throttle with these limits, reading the time from now. */
    explicit LoginThrottle(LoginLimits limits = {}, Now now = &Clock::now);

    /** Whole seconds (at least 1) until address may present a token again; 0 when it may now. */
    long retryAfterSeconds(const std::string& address);

    /** Counts one wrong token from address; true when this one locks it out. */
    bool recordFailure(const std::string& address);

    /** address presented the right token: its failures are forgotten. */
    void recordSuccess(const std::string& address);

    /** How many clients are tracked now, the overflow entry included. */
    size_t trackedClients() const;

private:
    /** One client's recent failures and lockout. */
    struct Entry {
        size_t failures = 0;
        Clock::time_point windowStart{};
        Clock::time_point lockedUntil{};
    };

    /** The entry address counts against, created when create is set (nullptr otherwise, when untracked). */
    Entry* find(const std::string& address, bool create, Clock::time_point now);

    /** Drops entries whose window has passed and that are not locked out. */
    void forgetIdle(Clock::time_point now);

    const LoginLimits limits_;
    const Now now_;
    mutable std::mutex mutex_;
    std::unordered_map<std::string, Entry> entries_;
};

}  // namespace sluice::admin
