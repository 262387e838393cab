// Runs a local provider (one that produces its own upstream bytes) off the event loop.
#pragma once

#include "net/EventLoop.h"
#include "net/UpstreamCall.h"
#include "plugins/ProviderPlugin.h"

#include <atomic>
#include <chrono>
#include <memory>

namespace sluice::pipeline {

/**
 * A provider's serve_locally, which may block (the offline mock paces its
 * words with sleeps), runs on its own thread; everything it writes reaches
 * the handler on the request's loop exactly as network bytes would
 * (onHead, onBody..., onComplete or onFailure). cancel() makes the plugin's
 * next write fail, so it stops.
 */
class LocalProviderCall : public net::UpstreamCall, public std::enable_shared_from_this<LocalProviderCall> {
public:
    /** Starts the provider; the call object keeps the strings `call` points into alive via owner. */
    static std::shared_ptr<LocalProviderCall> start(net::EventLoop& loop, const plugins::ProviderPlugin& provider,
                                                    const sluice_provider_call& call, std::shared_ptr<void> owner,
                                                    std::shared_ptr<net::UpstreamHandler> handler);

    void cancel() override;

    /** Waits up to timeout for every running local call to end (at shutdown, before plugins go away). */
    static bool waitForAll(std::chrono::milliseconds timeout);

private:
    LocalProviderCall(net::EventLoop& loop, std::shared_ptr<net::UpstreamHandler> handler)
        : loop_(loop), handler_(std::move(handler)) {}

    void run(const plugins::ProviderPlugin& provider, sluice_provider_call call, std::shared_ptr<void> owner);
    void deliver(std::function<void(net::UpstreamHandler&)> event);

    net::EventLoop& loop_;
    std::shared_ptr<net::UpstreamHandler> handler_;
    std::atomic<bool> cancelled_{false};
};

}  // namespace sluice::pipeline
