// Length-prefixed frames over a pair of pipe file descriptors.
#pragma once

#include <optional>
#include <cstddef>
#include <stdexcept>
#include <string>

namespace sluice::isolation {

/** The other end closed its pipe (EOF or EPIPE): the peer process is gone or going. */
class ChannelClosed : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/** Throws std::length_error when a payload of size bytes exceeds kMaxFrameBytes. */
void requireFrameSize(size_t size);

/**
 * Sends and receives frames: a 4-byte length in host byte order, then that
 * many payload bytes, at most kMaxFrameBytes. Does not own the descriptors.
 * Writing to a closed pipe reports ChannelClosed instead of raising SIGPIPE,
 * so a dead child never takes the gateway down with it.
 */
class FrameChannel {
public:
    FrameChannel(int readFd, int writeFd) : readFd_(readFd), writeFd_(writeFd) {}

    /** Writes one frame; throws ChannelClosed, or std::length_error for a payload over the limit. */
    void send(const std::string& payload) const;

    /**
     * Reads one frame; std::nullopt on a clean EOF between frames. Throws
     * ChannelClosed on EOF inside a frame, std::length_error for a length over the limit.
     */
    std::optional<std::string> receive() const;

private:
    void writeAll(const char* data, size_t size) const;
    size_t readUpTo(char* data, size_t size) const;

    int readFd_;
    int writeFd_;
};

}  // namespace sluice::isolation
