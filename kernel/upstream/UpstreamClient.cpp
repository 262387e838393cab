#include "upstream/UpstreamClient.h"

#include "upstream/UpstreamFailure.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPRequest.h>

namespace sluice::upstream {

namespace {

Poco::Timespan millis(int ms) { return Poco::Timespan(static_cast<Poco::Timespan::TimeDiff>(ms) * 1000); }

}  // namespace

UpstreamClient::UpstreamClient(UpstreamTimeouts timeouts, size_t maxIdlePerHost)
    : timeouts_(timeouts), pool_(maxIdlePerHost) {}

std::unique_ptr<UpstreamExchange> UpstreamClient::attempt(const plugins::BuiltRequest& built,
                                                          const UpstreamTarget& target, bool& reused) {
    auto session = pool_.acquire(target, reused);
    session->setTimeout(millis(timeouts_.connectMs), millis(timeouts_.firstByteMs), millis(timeouts_.firstByteMs));
    if (reused) {  // Poco applies setTimeout only when it connects; a pooled socket keeps the last exchange's idle timeout
        session->socket().setReceiveTimeout(millis(timeouts_.firstByteMs));
        session->socket().setSendTimeout(millis(timeouts_.firstByteMs));
    }
    session->setKeepAlive(true);
    Poco::Net::HTTPRequest request(built.method.empty() ? "POST" : built.method, target.pathAndQuery,
                                   Poco::Net::HTTPMessage::HTTP_1_1);
    request.setHost(target.host, target.port);
    for (const auto& [name, value] : built.headers) request.set(name, value);
    request.setContentLength(static_cast<std::streamsize>(built.body.size()));
    request.setKeepAlive(true);
    try {
        std::ostream& out = session->sendRequest(request);
        out.write(built.body.data(), static_cast<std::streamsize>(built.body.size()));
        out.flush();
    } catch (const Poco::TimeoutException&) {
        throw UpstreamFailure(true, "upstream timed out while connecting or sending");
    } catch (const Poco::Exception& e) {
        throw UpstreamFailure(false, "cannot reach upstream " + target.key() + ": " + e.displayText());
    }
    auto exchange = std::make_unique<UpstreamExchange>(pool_, target, std::move(session), timeouts_.idleMs);
    exchange->receiveHead();
    return exchange;
}

std::unique_ptr<UpstreamExchange> UpstreamClient::send(const plugins::BuiltRequest& request) {
    UpstreamTarget target = UpstreamTarget::parse(request.url);
    bool reused = false;
    try {
        return attempt(request, target, reused);
    } catch (const UpstreamFailure& failure) {
        if (!reused || failure.timedOut()) throw;
    }
    pool_.discardIdle(target);  // one stale connection means its idle siblings are stale too
    return attempt(request, target, reused);
}

}  // namespace sluice::upstream
