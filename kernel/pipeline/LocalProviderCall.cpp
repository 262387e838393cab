#include "pipeline/LocalProviderCall.h"

#include "plugins/PluginFailure.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace sluice::pipeline {

namespace {

std::mutex runningMutex;
std::condition_variable runningChanged;
int running = 0;

/** Counts a running local call for waitForAll(). */
struct RunningCall {
    RunningCall() {
        std::lock_guard<std::mutex> lock(runningMutex);
        ++running;
    }
    ~RunningCall() {
        std::lock_guard<std::mutex> lock(runningMutex);
        --running;
        runningChanged.notify_all();
    }
};

}  // namespace

bool LocalProviderCall::waitForAll(std::chrono::milliseconds timeout) {
    std::unique_lock<std::mutex> lock(runningMutex);
    return runningChanged.wait_for(lock, timeout, [] { return running == 0; });
}

std::shared_ptr<LocalProviderCall> LocalProviderCall::start(net::EventLoop& loop, const plugins::ProviderPlugin& provider,
                                                            const sluice_provider_call& call, std::shared_ptr<void> owner,
                                                            std::shared_ptr<net::UpstreamHandler> handler) {
    std::shared_ptr<LocalProviderCall> self(new LocalProviderCall(loop, std::move(handler)));
    auto counted = std::make_shared<RunningCall>();  // counted before the thread exists, for waitForAll()
    std::thread([self, counted, &provider, call, owner = std::move(owner)]() mutable {
        self->run(provider, call, std::move(owner));
    }).detach();
    return self;
}

void LocalProviderCall::cancel() { cancelled_ = true; }

void LocalProviderCall::deliver(std::function<void(net::UpstreamHandler&)> event) {
    loop_.post([self = shared_from_this(), event = std::move(event)] {
        if (!self->cancelled_) event(*self->handler_);
    });
}

void LocalProviderCall::run(const plugins::ProviderPlugin& provider, sluice_provider_call call, std::shared_ptr<void>) {
    deliver([](net::UpstreamHandler& handler) { handler.onHead(200, {}); });
    try {
        int status = provider.serveLocally(call, [this](std::string_view bytes) {
            if (cancelled_) return false;
            deliver([data = std::string(bytes), this](net::UpstreamHandler& handler) {
                if (!handler.onBody(data)) cancelled_ = true;
            });
            return true;
        });
        if (status >= 200 && status < 300) deliver([](net::UpstreamHandler& handler) { handler.onComplete(); });
        else deliver([status](net::UpstreamHandler& h) { h.onFailure(false, "local provider answered HTTP " + std::to_string(status)); });
    } catch (const std::exception& e) {
        deliver([message = std::string(e.what())](net::UpstreamHandler& handler) { handler.onFailure(false, message); });
    }
}

}  // namespace sluice::pipeline
