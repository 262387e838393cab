#include "upstream/UpstreamExchange.h"

#include "upstream/UpstreamFailure.h"

#include <Poco/Exception.h>
#include <Poco/String.h>

namespace sluice::upstream {

namespace {

constexpr size_t kReadBufferSize = 16 * 1024;

[[noreturn]] void rethrowAsFailure(const char* stage) {
    try {
        throw;
    } catch (const Poco::TimeoutException&) {
        throw UpstreamFailure(true, std::string("upstream timed out ") + stage);
    } catch (const Poco::Exception& e) {
        throw UpstreamFailure(false, std::string("upstream failed ") + stage + ": " + e.displayText());
    } catch (const std::ios_base::failure& e) {
        throw UpstreamFailure(false, std::string("upstream failed ") + stage + ": " + e.what());
    }
}

}  // namespace

UpstreamExchange::UpstreamExchange(SessionPool& pool, UpstreamTarget target,
                                   std::unique_ptr<Poco::Net::HTTPClientSession> session, int idleTimeoutMs)
    : pool_(pool), target_(std::move(target)), session_(std::move(session)), idleTimeoutMs_(idleTimeoutMs) {}

UpstreamExchange::~UpstreamExchange() {
    if (finished_ && response_.getKeepAlive()) pool_.release(target_, std::move(session_));
    else if (session_) session_->reset();
}

void UpstreamExchange::receiveHead() {
    try {
        body_ = &session_->receiveResponse(response_);
        session_->socket().setReceiveTimeout(Poco::Timespan(static_cast<Poco::Timespan::TimeDiff>(idleTimeoutMs_) * 1000));
    } catch (...) {
        rethrowAsFailure("before sending response headers");
    }
    for (const auto& [name, value] : response_) headers_.emplace_back(Poco::toLower(name), value);
}

void UpstreamExchange::throwStreamFailure() const {
    const Poco::Exception* cause = session_->networkException();
    if (cause && dynamic_cast<const Poco::TimeoutException*>(cause))
        throw UpstreamFailure(true, "upstream went silent past the idle timeout");
    throw UpstreamFailure(false, "upstream connection failed mid-body" + (cause ? ": " + cause->displayText() : std::string()));
}

bool UpstreamExchange::readSome(std::string& chunk) {
    chunk.resize(kReadBufferSize);
    try {
        // Poco's body streams report a timeout or reset only as badbit, never by throwing.
        if (body_->peek() == std::char_traits<char>::eof()) {
            if (body_->bad()) throwStreamFailure();
            finished_ = true;
            chunk.clear();
            return false;
        }
        std::streamsize n = body_->readsome(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        if (body_->bad()) throwStreamFailure();
        chunk.resize(static_cast<size_t>(n));
        return true;
    } catch (const UpstreamFailure&) {
        throw;
    } catch (...) {
        rethrowAsFailure("while streaming the response body");
    }
}

std::string UpstreamExchange::readAll(size_t limit) {
    std::string body, chunk;
    while (readSome(chunk)) {
        body += chunk;
        if (body.size() > limit) throw UpstreamFailure(false, "upstream response body exceeds " + std::to_string(limit) + " bytes");
    }
    return body;
}

}  // namespace sluice::upstream
