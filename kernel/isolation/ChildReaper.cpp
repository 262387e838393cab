#include "isolation/ChildReaper.h"

#include "util/ThreadName.h"

#include <cerrno>
#include <chrono>
#include <csignal>

#include <sys/wait.h>

namespace sluice::isolation {

namespace {

/** How long a child may take to exit after its pipes closed or SIGTERM, before SIGKILL. */
constexpr std::chrono::milliseconds kExitGrace{2000};

}  // namespace

int ChildReaper::reap(pid_t pid) {
    int status = 0;
    auto deadline = std::chrono::steady_clock::now() + kExitGrace;
    while (std::chrono::steady_clock::now() < deadline) {
        pid_t done = waitpid(pid, &status, WNOHANG);
        if (done == pid || (done < 0 && errno != EINTR)) return status;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    kill(pid, SIGKILL);
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    return status;
}

ChildReaper& ChildReaper::instance() {
    // Never destroyed: a runner released during static destruction must still find it.
    static ChildReaper* const reaper = new ChildReaper();
    return *reaper;
}

ChildReaper::ChildReaper() : thread_([this] { run(); }) { thread_.detach(); }

void ChildReaper::adopt(pid_t pid) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        waiting_.push_back(pid);
    }
    changed_.notify_all();
}

void ChildReaper::waitIdle() {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [this] { return waiting_.empty() && reaping_ == 0; });
}

void ChildReaper::run() {
    util::nameThisThread("child-reaper");
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
        changed_.wait(lock, [this] { return !waiting_.empty(); });
        pid_t pid = waiting_.front();
        waiting_.pop_front();
        ++reaping_;
        lock.unlock();
        reap(pid);
        lock.lock();
        --reaping_;
        changed_.notify_all();
    }
}

}  // namespace sluice::isolation
