// Runs a local provider (one that produces its own upstream bytes) off the event loop.
#pragma once

#include "exec/Executor.h"
#include "net/EventLoop.h"
#include "net/UpstreamCall.h"
#include "plugins/ProviderPlugin.h"

#include <atomic>
#include <chrono>
#include <memory>

namespace sluice::pipeline {

/**
 * A provider's serve_locally, which may block (the offline mock paces its
 * words with sleeps), runs on the executor; everything it writes reaches
 * the handler on the request's loop exactly as network bytes would
 * (onHead, onBody..., onComplete or onFailure). cancel() makes the plugin's
 * next write fail, so it stops.
 */
class LocalProviderCall : public net::UpstreamCall, public std::enable_shared_from_this<LocalProviderCall> {
public:
    /**
     * Starts the provider on an executor worker with private copies of
     * everything `call` points into; the job keeps the instance alive until it
     * returns. Throws std::runtime_error when the executor refuses the job.
     */
    static std::shared_ptr<LocalProviderCall> start(exec::Executor& executor, net::EventLoop& loop,
                                                    std::shared_ptr<const plugins::ProviderPlugin> provider,
                                                    const sluice_provider_call& call,
                                                    std::shared_ptr<net::UpstreamHandler> handler);

    /** Stops delivering events and makes the plugin's next write fail. Loop thread only. */
    void cancel() override;

    /** Cancels every running local call (at shutdown, before the executor is stopped). Safe from any thread. */
    static void cancelAll();

private:
    /** The strings a sluice_provider_call borrows, owned by the job for the whole call. */
    struct OwnedCall {
        std::string baseUrl, apiKey, upstreamModel, options, body, format, operation;
        sluice_provider_call abi;
        explicit OwnedCall(const sluice_provider_call& call);
    };

    LocalProviderCall(net::EventLoop& loop, std::shared_ptr<net::UpstreamHandler> handler)
        : loop_(loop), handler_(std::move(handler)) {}

    void run(const plugins::ProviderPlugin& provider, const OwnedCall& call);
    void deliver(std::function<void(net::UpstreamHandler&)> event);

    net::EventLoop& loop_;
    std::shared_ptr<net::UpstreamHandler> handler_;  // touched on the loop thread only
    std::atomic<bool> cancelled_{false};
};

}  // namespace sluice::pipeline
