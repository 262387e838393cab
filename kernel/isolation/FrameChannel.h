// Length-prefixed frames over a pair of pipe file descriptors.
#pragma once

#include <optional>
#include <chrono>
#include <cstddef>
#include <stdexcept>
#include <string>

namespace sluice::isolation {

/** The other end closed its pipe (EOF or EPIPE): the peer process is gone or going. */
class ChannelClosed : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/** The peer sent nothing for longer than the channel's answer timeout: it hangs. */
class ChannelTimeout : public std::runtime_error {
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
    /** Reads from readFd, writes to writeFd; a read waits at most answerTimeout for data (forever by default). */
    FrameChannel(int readFd, int writeFd, std::chrono::milliseconds answerTimeout = std::chrono::milliseconds(-1))
        : readFd_(readFd), writeFd_(writeFd), answerTimeout_(answerTimeout) {}

    /** Writes one frame; throws ChannelClosed, or std::length_error for a payload over the limit. */
    void send(const std::string& payload) const;

    /**
     * Reads one frame; std::nullopt on a clean EOF between frames. Throws
     * ChannelClosed on EOF inside a frame, std::length_error for a length over
     * the limit, ChannelTimeout when no byte came within the answer timeout.
     */
    std::optional<std::string> receive() const;

private:
    void writeAll(const char* data, size_t size) const;
    size_t readUpTo(char* data, size_t size) const;
    void awaitData() const;

    int readFd_;
    int writeFd_;
    std::chrono::milliseconds answerTimeout_;
};

}  // namespace sluice::isolation
