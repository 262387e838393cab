// Sends provider-built requests upstream over pooled keep-alive connections.
#pragma once

#include "plugins/ProviderPlugin.h"
#include "upstream/SessionPool.h"
#include "upstream/UpstreamExchange.h"

#include <memory>

namespace sluice::upstream {

/** Timeouts for one upstream exchange, in milliseconds. */
struct UpstreamTimeouts {
    int connectMs = 5000;
    int firstByteMs = 60000;
    int idleMs = 120000;
};

/** The kernel's one HTTP client for upstreams: pooling, TLS and timeouts live here only. */
class UpstreamClient {
public:
    UpstreamClient(UpstreamTimeouts timeouts, size_t maxIdlePerHost);

    /**
     * Sends the request and returns once the response head arrived. A pooled
     * connection that turns out stale is replaced once, transparently. Throws
     * UpstreamFailure (unreachable, timeout) or std::invalid_argument (bad URL).
     */
    std::unique_ptr<UpstreamExchange> send(const plugins::BuiltRequest& request);

private:
    std::unique_ptr<UpstreamExchange> attempt(const plugins::BuiltRequest& request, const UpstreamTarget& target,
                                              bool& reused);

    UpstreamTimeouts timeouts_;
    SessionPool pool_;
};

}  // namespace sluice::upstream
