#include "admin/LoginThrottle.h"

#include <arpa/inet.h>

#include <algorithm>

namespace sluice::admin {

namespace {

/** The entry shared by clients first seen while the table is full (and by clients of unknown address). */
const std::string kOverflow;

/** What address counts as: an IPv6 address by its /64, an IPv4-mapped one as plain IPv4, others as they are. */
std::string clientKey(const std::string& address) {
    in6_addr ip6{};
    if (::inet_pton(AF_INET6, address.c_str(), &ip6) != 1) return address;
    char text[INET6_ADDRSTRLEN] = "";
    if (IN6_IS_ADDR_V4MAPPED(&ip6)) return ::inet_ntop(AF_INET, &ip6.s6_addr[12], text, sizeof text) ? text : address;
    std::fill(ip6.s6_addr + 8, ip6.s6_addr + 16, 0);
    return ::inet_ntop(AF_INET6, &ip6, text, sizeof text) ? std::string(text) + "/64" : address;
}

}  // namespace

LoginThrottle::LoginThrottle(LoginLimits limits, Now now) : limits_(limits), now_(std::move(now)) {}

LoginThrottle::Entry* LoginThrottle::find(const std::string& address, bool create, Clock::time_point now) {
    const std::string key = clientKey(address);
    if (auto it = entries_.find(key); it != entries_.end()) return &it->second;
    const auto tracked = [this] { return entries_.size() - entries_.count(kOverflow); };
    if (tracked() >= limits_.maxClients && create) forgetIdle(now);
    if (tracked() < limits_.maxClients) return create ? &entries_[key] : nullptr;
    if (create) return &entries_[kOverflow];
    auto overflow = entries_.find(kOverflow);
    return overflow == entries_.end() ? nullptr : &overflow->second;
}

void LoginThrottle::forgetIdle(Clock::time_point now) {
    std::erase_if(entries_, [&](const auto& item) {
        const Entry& entry = item.second;
        return entry.lockedUntil <= now && now - entry.windowStart >= limits_.window;
    });
}

long LoginThrottle::retryAfterSeconds(const std::string& address) {
    std::lock_guard lock(mutex_);
    const Clock::time_point now = now_();
    const Entry* entry = find(address, false, now);
    if (!entry || entry->lockedUntil <= now) return 0;
    return static_cast<long>(std::chrono::ceil<std::chrono::seconds>(entry->lockedUntil - now).count());
}

bool LoginThrottle::recordFailure(const std::string& address) {
    std::lock_guard lock(mutex_);
    const Clock::time_point now = now_();
    Entry& entry = *find(address, true, now);
    if (entry.failures == 0 || now - entry.windowStart >= limits_.window) {
        entry.failures = 0;
        entry.windowStart = now;
    }
    if (++entry.failures < limits_.maxFailures) return false;
    entry.failures = 0;
    entry.lockedUntil = now + limits_.lockout;
    return true;
}

void LoginThrottle::recordSuccess(const std::string& address) {
    std::lock_guard lock(mutex_);
    const std::string key = clientKey(address);
    if (key != kOverflow) entries_.erase(key);
}

size_t LoginThrottle::trackedClients() const {
    std::lock_guard lock(mutex_);
    return entries_.size();
}

}  // namespace sluice::admin
