#include "pipeline/UpstreamClients.h"

#include <stdexcept>

namespace sluice::pipeline {

UpstreamClients::UpstreamClients(const std::vector<std::unique_ptr<net::EventLoop>>& loops,
                                 net::ClientTimeouts timeouts, size_t maxIdlePerHost) {
    for (const auto& loop : loops) clients_.emplace(loop.get(), std::make_unique<net::HttpClient>(*loop, timeouts, maxIdlePerHost));
}

net::HttpClient& UpstreamClients::forLoop(net::EventLoop& loop) const {
    auto it = clients_.find(&loop);
    if (it == clients_.end()) throw std::logic_error("no upstream client for this event loop");
    return *it->second;
}

}  // namespace sluice::pipeline
