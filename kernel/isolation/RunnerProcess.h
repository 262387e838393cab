// The parent side of one plugin runner: a child process hosting one plugin instance.
#pragma once

#include "isolation/RunnerProtocol.h"

#include <chrono>
#include <cstdint>
#include <mutex>
#include <stdexcept>
#include <string>

#include <sys/types.h>

namespace sluice::isolation {

/**
 * Runs `<runnerExecutable> plugin-runner --folder FOLDER` as a child process
 * and talks to it over two pipes (its stdin and stdout; its stderr is ours).
 * The constructor sends the instance config in a "create" frame and waits for
 * the child's verdict. Calls are synchronous and serialised: one frame out, one
 * frame back. When the child dies, or hangs past the answer timeout (then it
 * is stopped), the call in flight fails, the child is reaped, and the next
 * call starts a new child with the same config. The
 * destructor stops the child (SIGTERM, then SIGKILL after a grace period) and
 * reaps it, so no zombie or orphan is left behind.
 */
class RunnerProcess {
public:
    /** How long a call waits for the child's answer by default: translation is pure CPU work, so 30 s means a hang. */
    static constexpr std::chrono::milliseconds kDefaultAnswerTimeout{30000};

    /** Starts the child and creates the instance; throws plugins::PluginRefusal with the child's reason. */
    RunnerProcess(std::string runnerExecutable, std::string folder, std::string pluginId, std::string configJson,
                  std::chrono::milliseconds answerTimeout = kDefaultAnswerTimeout);
    /** Closes the pipes, asks the child to stop and hands it to the ChildReaper: returns without waiting. */
    ~RunnerProcess();
    RunnerProcess(const RunnerProcess&) = delete;
    RunnerProcess& operator=(const RunnerProcess&) = delete;

    /**
     * Sends one request and returns the child's response; safe from many
     * threads. Throws std::runtime_error ("plugin runner for ID exited (killed
     * by signal 11)") when the child dies, could not be restarted, or broke the protocol.
     */
    RunnerResponse call(const RunnerRequest& request);

    /** The current child's process id, or -1 while none runs. */
    pid_t pid() const;

private:
    /** Spawns a child and sends it the create frame; throws PluginRefusal with its verdict. */
    void start();
    /** Spawns the child process with its pipes; throws PluginRefusal when it cannot start. */
    void spawn();
    /** One frame out, one back; stops the child and throws when it died or broke the protocol. */
    RunnerResponse exchange(const RunnerRequest& request);
    /** Closes the pipes, optionally sends SIGTERM, reaps the child; returns how it ended. */
    std::string stop(bool terminate);
    /** Closes both pipe ends the parent holds. */
    void closePipes();
    /** "plugin runner for ID <what>", the error every failed call reports. */
    std::runtime_error failure(const std::string& what) const;

    const std::string runnerExecutable_;
    const std::string folder_;
    const std::string pluginId_;
    const std::string configJson_;
    const std::chrono::milliseconds answerTimeout_;
    mutable std::mutex mutex_;
    pid_t pid_ = -1;
    int toChild_ = -1;
    int fromChild_ = -1;
    uint64_t generation_ = 0;
};

}  // namespace sluice::isolation
