#include "pipeline/LocalProviderCall.h"

#include "plugins/PluginFailure.h"

#include <mutex>
#include <set>
#include <stdexcept>

namespace sluice::pipeline {

namespace {

std::mutex runningMutex;
std::set<LocalProviderCall*> running;

std::string copy(sluice_str s) { return std::string(s.data ? s.data : "", s.size); }
sluice_str borrow(const std::string& s) { return sluice_str{s.data(), s.size()}; }

}  // namespace

LocalProviderCall::OwnedCall::OwnedCall(const sluice_provider_call& call)
    : baseUrl(copy(call.base_url)), apiKey(copy(call.api_key)), upstreamModel(copy(call.upstream_model)),
      options(copy(call.channel_options)), body(copy(call.request_body)), format(copy(call.format)),
      operation(copy(call.operation)),
      abi{sizeof(sluice_provider_call), borrow(baseUrl), borrow(apiKey), borrow(upstreamModel), borrow(options),
          borrow(body), call.stream, call.include_usage, borrow(format), borrow(operation)} {}

void LocalProviderCall::cancelAll() {
    std::lock_guard<std::mutex> lock(runningMutex);
    for (LocalProviderCall* call : running) call->cancelled_ = true;
}

std::shared_ptr<LocalProviderCall> LocalProviderCall::start(exec::Executor& executor, net::EventLoop& loop,
                                                            std::shared_ptr<const plugins::ProviderPlugin> provider,
                                                            const sluice_provider_call& call,
                                                            std::shared_ptr<net::UpstreamHandler> handler) {
    std::shared_ptr<LocalProviderCall> self(new LocalProviderCall(loop, std::move(handler)));
    auto owned = std::make_shared<const OwnedCall>(call);
    {
        std::lock_guard<std::mutex> lock(runningMutex);  // registered while queued too, so cancelAll() reaches it
        running.insert(self.get());
    }
    auto forget = [call = self.get()] {
        std::lock_guard<std::mutex> lock(runningMutex);
        running.erase(call);
    };
    const bool accepted = executor.trySubmit([self, owned, provider = std::move(provider), forget] {
        self->run(*provider, *owned);
        forget();
    });
    if (accepted) return self;
    forget();
    throw std::runtime_error("every executor worker is busy: the local provider call is refused");
}

void LocalProviderCall::cancel() {
    cancelled_ = true;
    handler_.reset();  // breaks the call <-> exchange cycle; events already posted check cancelled_
}

void LocalProviderCall::deliver(std::function<void(net::UpstreamHandler&)> event) {
    loop_.post([self = shared_from_this(), event = std::move(event)] {
        if (!self->cancelled_ && self->handler_) event(*self->handler_);
    });
}

void LocalProviderCall::run(const plugins::ProviderPlugin& provider, const OwnedCall& call) {
    deliver([](net::UpstreamHandler& handler) { handler.onHead(200, {}); });
    try {
        int status = provider.serveLocally(call.abi, [this](std::string_view bytes) {
            if (cancelled_) return false;
            deliver([data = std::string(bytes), this](net::UpstreamHandler& handler) {
                if (!handler.onBody(data)) cancel();
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
