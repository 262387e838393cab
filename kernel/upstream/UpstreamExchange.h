// One in-flight upstream response, read incrementally.
#pragma once

#include "plugins/ProviderPlugin.h"
#include "upstream/SessionPool.h"

#include <Poco/Net/HTTPResponse.h>

#include <istream>

namespace sluice::upstream {

/**
 * The response to one upstream request. Body bytes are read as they arrive.
 * The connection goes back to the pool only if the body was read to the end;
 * a destroyed or abandoned exchange closes it, which stops the upstream.
 */
class UpstreamExchange {
public:
    UpstreamExchange(SessionPool& pool, UpstreamTarget target, std::unique_ptr<Poco::Net::HTTPClientSession> session,
                     int idleTimeoutMs);
    ~UpstreamExchange();

    /** HTTP status of the upstream response. */
    int status() const noexcept { return response_.getStatus(); }

    /** Response headers with lower-case names. */
    const plugins::HeaderList& headers() const noexcept { return headers_; }

    /** Reads the next bytes as soon as any arrive; false at the end of the body. Throws UpstreamFailure. */
    bool readSome(std::string& chunk);

    /** Reads the rest of the body, up to limit bytes. Throws UpstreamFailure. */
    std::string readAll(size_t limit);

    /** Waits for the response head; called once by UpstreamClient. */
    void receiveHead();

private:
    [[noreturn]] void throwStreamFailure() const;

    SessionPool& pool_;
    UpstreamTarget target_;
    std::unique_ptr<Poco::Net::HTTPClientSession> session_;
    Poco::Net::HTTPResponse response_;
    std::istream* body_ = nullptr;
    plugins::HeaderList headers_;
    int idleTimeoutMs_;
    bool finished_ = false;
};

}  // namespace sluice::upstream
