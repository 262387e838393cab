#include "isolation/RunnerProcess.h"

#include "isolation/ChildReaper.h"
#include "isolation/FrameChannel.h"
#include "plugins/PluginRefusal.h"
#include "util/CpuAffinity.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <stdexcept>
#include <utility>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace sluice::isolation {

namespace {

/** "killed by signal 6" or "status 1": how a reaped child ended. */
std::string describeExit(int status) {
    if (WIFSIGNALED(status)) return "killed by signal " + std::to_string(WTERMSIG(status));
    return "status " + std::to_string(WEXITSTATUS(status));
}

/** Spawn attributes: an empty signal mask and default SIGPIPE/SIGTERM, whatever the calling thread had. */
class SpawnAttributes {
public:
    SpawnAttributes() {
        posix_spawnattr_init(&attributes_);
        sigset_t none, defaults;
        sigemptyset(&none);
        sigemptyset(&defaults);
        sigaddset(&defaults, SIGPIPE);
        sigaddset(&defaults, SIGTERM);
        posix_spawnattr_setsigmask(&attributes_, &none);
        posix_spawnattr_setsigdefault(&attributes_, &defaults);
        posix_spawnattr_setflags(&attributes_, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);
    }
    ~SpawnAttributes() { posix_spawnattr_destroy(&attributes_); }
    SpawnAttributes(const SpawnAttributes&) = delete;
    SpawnAttributes& operator=(const SpawnAttributes&) = delete;

    const posix_spawnattr_t* get() const noexcept { return &attributes_; }

private:
    posix_spawnattr_t attributes_;
};

/** File actions: the given pipe ends become stdin and stdout, every other descriptor above stderr is closed. */
class SpawnFileActions {
public:
    SpawnFileActions(int stdinFd, int stdoutFd) {
        posix_spawn_file_actions_init(&actions_);
        posix_spawn_file_actions_adddup2(&actions_, stdinFd, STDIN_FILENO);
        posix_spawn_file_actions_adddup2(&actions_, stdoutFd, STDOUT_FILENO);
        posix_spawn_file_actions_addclosefrom_np(&actions_, STDERR_FILENO + 1);
    }
    ~SpawnFileActions() { posix_spawn_file_actions_destroy(&actions_); }
    SpawnFileActions(const SpawnFileActions&) = delete;
    SpawnFileActions& operator=(const SpawnFileActions&) = delete;

    const posix_spawn_file_actions_t* get() const noexcept { return &actions_; }

private:
    posix_spawn_file_actions_t actions_;
};

/** A close-on-exec pipe: [0] reads, [1] writes. */
struct Pipe {
    int fds[2] = {-1, -1};

    Pipe() {
        if (pipe2(fds, O_CLOEXEC) != 0)
            throw plugins::PluginRefusal(std::string("cannot create a pipe: ") + std::strerror(errno));
    }
    ~Pipe() {
        for (int fd : fds)
            if (fd >= 0) close(fd);
    }
    Pipe(const Pipe&) = delete;
    Pipe& operator=(const Pipe&) = delete;

    /** Hands one end over to the caller, who closes it. */
    int release(int end) { return std::exchange(fds[end], -1); }
};

}  // namespace

RunnerProcess::RunnerProcess(std::string runnerExecutable, std::string folder, std::string pluginId,
                             std::string configJson, std::chrono::milliseconds answerTimeout)
    : runnerExecutable_(std::move(runnerExecutable)),
      folder_(std::move(folder)),
      pluginId_(std::move(pluginId)),
      configJson_(std::move(configJson)),
      answerTimeout_(answerTimeout) {
    start();
}

RunnerProcess::~RunnerProcess() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (pid_ < 0) return;
    closePipes();  // the runner exits on end of file; SIGTERM in case it is busy
    kill(pid_, SIGTERM);
    ChildReaper::instance().adopt(pid_);
}

RunnerResponse RunnerProcess::call(const RunnerRequest& request) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (pid_ < 0) {
        try {
            start();
        } catch (const plugins::PluginRefusal& e) {
            throw failure(std::string("could not restart: ") + e.what());
        }
    }
    return exchange(request);
}

pid_t RunnerProcess::pid() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return pid_;
}

void RunnerProcess::start() {
    spawn();
    RunnerRequest create;
    create.operation = RunnerOperation::Create;
    create.bytes = configJson_;
    create.streamId = ++generation_ << 32;
    RunnerResponse verdict;
    try {
        verdict = exchange(create);
    } catch (const std::exception& e) {
        throw plugins::PluginRefusal(e.what());
    }
    if (verdict.status == SLUICE_OK) return;
    stop(true);
    throw plugins::PluginRefusal(verdict.error);
}

void RunnerProcess::spawn() {
    Pipe toChild, fromChild;
    SpawnFileActions actions(toChild.fds[0], fromChild.fds[1]);
    SpawnAttributes attributes;
    const util::ProcessAffinityScope anyCpu;  // a loop may be pinned: the runner gets the whole process's CPUs
    std::string command = "plugin-runner", flag = "--folder";
    char* argv[] = {const_cast<char*>(runnerExecutable_.c_str()), command.data(), flag.data(),
                    const_cast<char*>(folder_.c_str()), nullptr};
    int error = posix_spawn(&pid_, runnerExecutable_.c_str(), actions.get(), attributes.get(), argv, environ);
    if (error != 0) {
        pid_ = -1;
        throw plugins::PluginRefusal("cannot start plugin runner " + runnerExecutable_ + ": " + std::strerror(error));
    }
    toChild_ = toChild.release(1);
    fromChild_ = fromChild.release(0);
}

RunnerResponse RunnerProcess::exchange(const RunnerRequest& request) {
    std::string payload = encodeRequest(request);
    requireFrameSize(payload.size());
    FrameChannel channel(fromChild_, toChild_, answerTimeout_);
    try {
        channel.send(payload);
        if (std::optional<std::string> frame = channel.receive()) return decodeResponse(*frame);
        throw ChannelClosed("end of file");
    } catch (const ChannelClosed&) {
        throw failure("exited (" + stop(false) + ")");
    } catch (const ChannelTimeout& e) {
        throw failure("gave " + std::string(e.what()) + "; stopped it (" + stop(true) + ")");
    } catch (const std::exception& e) {
        throw failure("broke the protocol (" + std::string(e.what()) + "); stopped it (" + stop(true) + ")");
    }
}

std::runtime_error RunnerProcess::failure(const std::string& what) const {
    return std::runtime_error("plugin runner for " + pluginId_ + " " + what);
}

std::string RunnerProcess::stop(bool terminate) {
    closePipes();
    if (terminate) kill(pid_, SIGTERM);
    std::string how = describeExit(ChildReaper::reap(pid_));
    pid_ = -1;
    return how;
}

void RunnerProcess::closePipes() {
    for (int* fd : {&toChild_, &fromChild_}) {
        if (*fd >= 0) close(*fd);
        *fd = -1;
    }
}

}  // namespace sluice::isolation
