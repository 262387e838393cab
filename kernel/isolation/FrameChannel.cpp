#include "isolation/FrameChannel.h"

#include "isolation/RunnerProtocol.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <ctime>
#include <system_error>

#include <poll.h>
#include <unistd.h>

namespace sluice::isolation {

namespace {

/**
 * Blocks SIGPIPE in the calling thread for its lifetime, and swallows a SIGPIPE
 * a failed write left pending, so EPIPE is reported as an error only.
 */
class SigpipeBlock {
public:
    SigpipeBlock() {
        sigemptyset(&pipeOnly_);
        sigaddset(&pipeOnly_, SIGPIPE);
        pthread_sigmask(SIG_BLOCK, &pipeOnly_, &previous_);
    }

    ~SigpipeBlock() {
        if (sigismember(&previous_, SIGPIPE) == 0) {
            const timespec now{0, 0};
            while (sigtimedwait(&pipeOnly_, nullptr, &now) == SIGPIPE) {
            }
        }
        pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
    }

    SigpipeBlock(const SigpipeBlock&) = delete;
    SigpipeBlock& operator=(const SigpipeBlock&) = delete;

private:
    sigset_t pipeOnly_;
    sigset_t previous_;
};

}  // namespace

void requireFrameSize(size_t size) {
    if (size > kMaxFrameBytes)
        throw std::length_error("runner frame of " + std::to_string(size) + " bytes exceeds the limit of " +
                                std::to_string(kMaxFrameBytes) + " bytes");
}

void FrameChannel::send(const std::string& payload) const {
    requireFrameSize(payload.size());
    auto length = static_cast<uint32_t>(payload.size());
    std::string frame(reinterpret_cast<const char*>(&length), sizeof(length));
    frame += payload;
    writeAll(frame.data(), frame.size());
}

std::optional<std::string> FrameChannel::receive() const {
    uint32_t length = 0;
    size_t got = readUpTo(reinterpret_cast<char*>(&length), sizeof(length));
    if (got == 0) return std::nullopt;
    if (got < sizeof(length)) throw ChannelClosed("pipe closed inside a frame header");
    requireFrameSize(length);
    std::string payload(length, '\0');
    if (readUpTo(payload.data(), length) < length) throw ChannelClosed("pipe closed inside a frame");
    return payload;
}

void FrameChannel::writeAll(const char* data, size_t size) const {
    SigpipeBlock block;
    while (size > 0) {
        ssize_t written = ::write(writeFd_, data, size);
        if (written < 0 && errno == EINTR) continue;
        if (written < 0 && errno == EPIPE) throw ChannelClosed("pipe closed by the reader");
        if (written < 0) throw std::system_error(errno, std::generic_category(), "writing a runner frame");
        data += written;
        size -= static_cast<size_t>(written);
    }
}

size_t FrameChannel::readUpTo(char* data, size_t size) const {
    size_t done = 0;
    while (done < size) {
        awaitData();
        ssize_t got = ::read(readFd_, data + done, size - done);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) throw std::system_error(errno, std::generic_category(), "reading a runner frame");
        if (got == 0) break;
        done += static_cast<size_t>(got);
    }
    return done;
}

void FrameChannel::awaitData() const {
    if (answerTimeout_.count() < 0) return;
    pollfd readable{readFd_, POLLIN, 0};
    int ready = 0;
    do {
        ready = ::poll(&readable, 1, static_cast<int>(answerTimeout_.count()));
    } while (ready < 0 && errno == EINTR);
    if (ready < 0) throw std::system_error(errno, std::generic_category(), "waiting for a runner frame");
    if (ready == 0) throw ChannelTimeout("no answer within " + std::to_string(answerTimeout_.count()) + " ms");
}

}  // namespace sluice::isolation
