// Keep-alive HTTP(S) client sessions, pooled per upstream host.
#pragma once

#include "upstream/UpstreamTarget.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>

#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace sluice::upstream {

/** Idle connections by host; sessions are leased whole and returned only when reusable. */
class SessionPool {
public:
    /** maxIdlePerHost: idle sessions kept per host (0 disables keep-alive). */
    explicit SessionPool(size_t maxIdlePerHost);

    /** An idle session for the target, or a new one (reused is set accordingly). */
    std::unique_ptr<Poco::Net::HTTPClientSession> acquire(const UpstreamTarget& target, bool& reused);

    /** Drops the idle sessions of a host, after one of them turned out closed by the peer. */
    void discardIdle(const UpstreamTarget& target);

    /** Returns a session whose last response was read completely. */
    void release(const UpstreamTarget& target, std::unique_ptr<Poco::Net::HTTPClientSession> session);

private:
    std::unique_ptr<Poco::Net::HTTPClientSession> open(const UpstreamTarget& target);

    const size_t maxIdlePerHost_;
    Poco::Net::Context::Ptr tlsContext_;
    std::mutex mutex_;
    std::map<std::string, std::vector<std::unique_ptr<Poco::Net::HTTPClientSession>>> idle_;
};

}  // namespace sluice::upstream
