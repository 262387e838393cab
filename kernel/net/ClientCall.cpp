#include "net/ClientCall.h"

#include <chrono>
#include <utility>

namespace sluice::net {

ClientCall::ClientCall(Context& context, std::shared_ptr<UpstreamHandler> handler)
    : context_(context), handler_(std::move(handler)) {}

void ClientCall::start(std::shared_ptr<const UpstreamUrl> url, std::string request, bool headRequest) {
    url_ = std::move(url);
    request_ = std::move(request);
    headRequest_ = headRequest;
    begin();
    starting_ = true;
    if (std::unique_ptr<UpstreamConnection> pooled = context_.pool.take(url_->poolKey))
        sendOn(std::move(pooled));
    else
        openConnection();
    starting_ = false;
}

void ClientCall::failSoon(std::string message) {
    begin();
    starting_ = true;
    fail(false, std::move(message));
    starting_ = false;
}

void ClientCall::cancel() {
    if (!handler_) return;
    std::shared_ptr<ClientCall> keepAlive = std::move(self_);
    releaseConnection();
    cancelResolveTimer();
    handler_.reset();
    context_.inFlight.erase(this);
}

void ClientCall::begin() {
    self_ = shared_from_this();
    context_.inFlight.insert(this);
}

void ClientCall::openConnection() {
    AddressList addresses;
    if (context_.resolver.resolveNow(url_->host, url_->port, addresses)) {
        connectTo(std::move(addresses));
        return;
    }
    armResolveTimer();
    std::weak_ptr<ClientCall> weak = weak_from_this();
    context_.resolver.resolve(url_->host, url_->port, [weak](const AddressList& found, const std::string& error) {
        if (std::shared_ptr<ClientCall> call = weak.lock()) call->onResolved(found, error);
    });
}

void ClientCall::onResolved(const AddressList& addresses, const std::string& error) {
    if (!handler_) return;
    cancelResolveTimer();
    if (error.empty())
        connectTo(addresses);
    else
        fail(false, error);
}

void ClientCall::connectTo(AddressList addresses) {
    SSL_CTX* tls = nullptr;
    if (url_->tls && !(tls = context_.tls.get())) {
        fail(false, "TLS setup failed: " + context_.tls.error());
        return;
    }
    auto connection = std::make_unique<UpstreamConnection>(context_.loop, context_.timeouts, url_->poolKey);
    std::string error;
    if (!connection->connect(std::move(addresses), tls, url_->host, error)) {
        fail(false, std::move(error));
        return;
    }
    sendOn(std::move(connection));
}

void ClientCall::sendOn(std::unique_ptr<UpstreamConnection> connection) {
    connection_ = std::move(connection);
    UpstreamConnection::Failure failure;
    if (!connection_->send(request_, headRequest_, *this, failure)) onExchangeFailed(failure);
}

void ClientCall::retryOnFreshConnection() {
    retried_ = true;
    releaseConnection();
    context_.pool.dropOrigin(url_->poolKey);
    openConnection();
}

void ClientCall::fail(bool timedOut, std::string message) {
    if (!handler_) return;
    releaseConnection();
    cancelResolveTimer();
    if (!starting_) {
        deliverFailure(timedOut, message);
        return;
    }
    context_.loop.post([call = shared_from_this(), timedOut, message = std::move(message)] {
        call->deliverFailure(timedOut, message);
    });
}

void ClientCall::deliverFailure(bool timedOut, const std::string& message) {
    if (!handler_) return;
    std::shared_ptr<ClientCall> keepAlive = std::move(self_);
    std::shared_ptr<UpstreamHandler> handler = std::move(handler_);
    context_.inFlight.erase(this);
    handler->onFailure(timedOut, message);
}

void ClientCall::releaseConnection() {
    if (connection_) UpstreamConnection::retire(std::move(connection_));
}

void ClientCall::armResolveTimer() {
    resolveTimer_ = context_.loop.runAfter(std::chrono::milliseconds(context_.timeouts.connectMs), [this] {
        resolveTimerArmed_ = false;
        fail(true, "timed out resolving " + url_->host);
    });
    resolveTimerArmed_ = true;
}

void ClientCall::cancelResolveTimer() {
    if (!resolveTimerArmed_) return;
    context_.loop.cancel(resolveTimer_);
    resolveTimerArmed_ = false;
}

void ClientCall::onResponseHead(int status, const Headers& headers) {
    auto keepAlive = shared_from_this();  // the handler may drop its last reference to this call
    std::shared_ptr<UpstreamHandler> handler = handler_;
    if (handler) handler->onHead(status, headers);
}

bool ClientCall::onResponseBody(std::string_view bytes) {
    auto keepAlive = shared_from_this();  // the handler may drop its last reference to this call
    std::shared_ptr<UpstreamHandler> handler = handler_;
    if (!handler) return false;
    if (handler->onBody(bytes)) return handler_ != nullptr;
    cancel();
    return false;
}

void ClientCall::onResponseComplete() {
    std::shared_ptr<ClientCall> keepAlive = std::move(self_);
    std::shared_ptr<UpstreamHandler> handler = std::move(handler_);
    context_.inFlight.erase(this);
    std::unique_ptr<UpstreamConnection> connection = std::move(connection_);
    if (connection->reusable())
        context_.pool.put(std::move(connection));
    else
        UpstreamConnection::retire(std::move(connection));
    handler->onComplete();
}

void ClientCall::onExchangeFailed(const UpstreamConnection::Failure& failure) {
    if (failure.retryable && !retried_)
        retryOnFreshConnection();
    else
        fail(failure.timedOut, failure.message);
}

}  // namespace sluice::net
