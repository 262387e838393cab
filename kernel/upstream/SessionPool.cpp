#include "upstream/SessionPool.h"

#include <Poco/Net/HTTPSClientSession.h>

namespace sluice::upstream {

SessionPool::SessionPool(size_t maxIdlePerHost)
    : maxIdlePerHost_(maxIdlePerHost),
      tlsContext_(new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "", Poco::Net::Context::VERIFY_RELAXED, 9,
                                         true)) {}

std::unique_ptr<Poco::Net::HTTPClientSession> SessionPool::open(const UpstreamTarget& target) {
    if (target.secure) return std::make_unique<Poco::Net::HTTPSClientSession>(target.host, target.port, tlsContext_);
    return std::make_unique<Poco::Net::HTTPClientSession>(target.host, target.port);
}

std::unique_ptr<Poco::Net::HTTPClientSession> SessionPool::acquire(const UpstreamTarget& target, bool& reused) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        auto it = idle_.find(target.key());
        if (it != idle_.end() && !it->second.empty()) {
            auto session = std::move(it->second.back());
            it->second.pop_back();
            reused = true;
            return session;
        }
    }
    reused = false;
    return open(target);
}

void SessionPool::discardIdle(const UpstreamTarget& target) {
    std::lock_guard<std::mutex> lock(mutex_);
    idle_.erase(target.key());
}

void SessionPool::release(const UpstreamTarget& target, std::unique_ptr<Poco::Net::HTTPClientSession> session) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto& sessions = idle_[target.key()];
    if (sessions.size() < maxIdlePerHost_) sessions.push_back(std::move(session));
}

}  // namespace sluice::upstream
