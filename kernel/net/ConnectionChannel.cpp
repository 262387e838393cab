#include "net/ConnectionChannel.h"

#include "net/ServerConnection.h"

namespace sluice::net {

void ConnectionChannel::respond(int status, const Headers& headers, std::string_view body) {
    auto connection = connection_.lock();
    if (!connection || started_) return;
    started_ = true;
    connection->respond(status, headers, body);
}

void ConnectionChannel::startStream(int status, const Headers& headers) {
    auto connection = connection_.lock();
    if (!connection || started_) return;
    started_ = true;
    connection->startStream(status, headers);
}

bool ConnectionChannel::sendChunk(std::string_view data) {
    auto connection = connection_.lock();
    return connection && started_ && connection->sendChunk(data);
}

void ConnectionChannel::endStream() {
    if (auto connection = connection_.lock(); connection && started_) connection->endStream();
}

void ConnectionChannel::onClientGone(std::function<void()> callback) {
    if (!gone_) {
        goneCallback_ = std::move(callback);
    } else if (callback) {
        loop_.post(std::move(callback));
    }
}

void ConnectionChannel::markGone(bool later) {
    connection_.reset();
    gone_ = true;
    auto callback = std::move(goneCallback_);
    goneCallback_ = nullptr;
    if (!callback) return;
    if (later) {
        loop_.post(std::move(callback));
    } else {
        callback();
    }
}

}  // namespace sluice::net
