// One upstream call of the HttpClient: from choosing a connection to the handler's last callback.
#pragma once

#include "net/ClientTlsContext.h"
#include "net/ConnectionPool.h"
#include "net/EventLoop.h"
#include "net/HttpClient.h"
#include "net/Resolver.h"
#include "net/UpstreamCall.h"
#include "net/UpstreamConnection.h"
#include "net/UpstreamUrl.h"

#include <memory>
#include <string>
#include <unordered_set>

namespace sluice::net {

/**
 * Runs one request: takes a pooled connection (resending once on a fresh one
 * if it proves stale) or resolves and opens a new one, then relays the
 * response to the handler. Keeps itself alive until it ends, so callers may
 * drop the handle. Exactly one of onComplete/onFailure reaches the handler
 * unless cancel() came first. Loop thread only.
 */
class ClientCall final : public UpstreamCall,
                         private UpstreamConnection::Listener,
                         public std::enable_shared_from_this<ClientCall> {
public:
    /** What calls share with the client that started them. */
    struct Context {
        EventLoop& loop;
        const ClientTimeouts& timeouts;
        ConnectionPool& pool;
        Resolver& resolver;
        ClientTlsContext& tls;
        std::unordered_set<ClientCall*>& inFlight;  // live calls, cancelled when the client goes away
    };

    ClientCall(Context& context, std::shared_ptr<UpstreamHandler> handler);

    /** Starts sending request (already encoded) to url; failures found at once reach the handler later. */
    void start(std::shared_ptr<const UpstreamUrl> url, std::string request, bool headRequest);

    /** Reports message to the handler as a failure, later (never from inside this call). */
    void failSoon(std::string message);

    /** Abandons the call: closes its connection; the handler hears nothing more. */
    void cancel() override;

private:
    void begin();
    void openConnection();
    void onResolved(const AddressList& addresses, const std::string& error);
    void connectTo(AddressList addresses);
    void sendOn(std::unique_ptr<UpstreamConnection> connection);
    void retryOnFreshConnection();
    void fail(bool timedOut, std::string message);
    void deliverFailure(bool timedOut, const std::string& message);
    void releaseConnection();
    void armResolveTimer();
    void cancelResolveTimer();

    void onResponseHead(int status, const Headers& headers) override;
    bool onResponseBody(std::string_view bytes) override;
    void onResponseComplete() override;
    void onExchangeFailed(const UpstreamConnection::Failure& failure) override;

    Context& context_;
    std::shared_ptr<UpstreamHandler> handler_;  // null once the call ended or was cancelled
    std::shared_ptr<ClientCall> self_;          // keeps a live call alive without its handle
    std::shared_ptr<const UpstreamUrl> url_;  // shared with the client's cache of parsed URLs
    std::string request_;
    bool headRequest_ = false;
    std::unique_ptr<UpstreamConnection> connection_;
    bool retried_ = false;
    bool starting_ = false;
    EventLoop::TimerId resolveTimer_ = 0;
    bool resolveTimerArmed_ = false;
};

}  // namespace sluice::net
