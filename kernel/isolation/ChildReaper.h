// Reaps stopped plugin runners off the thread that let them go.
#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <sys/types.h>

namespace sluice::isolation {

/**
 * Waits for child processes to exit and reaps them. A runner released on an
 * event loop (the last request holding a replaced plugin set ended there) is
 * handed over and the loop goes on at once, instead of waiting up to the exit
 * grace for the child.
 */
class ChildReaper {
public:
    /** Waits up to the exit grace for pid to exit, then SIGKILLs it; always reaps it. Returns its wait status. */
    static int reap(pid_t pid);

    /** The process-wide reaper; its thread starts on first use and lives as long as the process. */
    static ChildReaper& instance();

    /** Reaps pid in the background, as reap() would; the caller has already asked it to stop. */
    void adopt(pid_t pid);

    /** Returns once every child adopted so far is reaped. */
    void waitIdle();

    ChildReaper(const ChildReaper&) = delete;
    ChildReaper& operator=(const ChildReaper&) = delete;

private:
    ChildReaper();
    void run();

    std::mutex mutex_;
    std::condition_variable changed_;
    std::deque<pid_t> waiting_;
    size_t reaping_ = 0;
    std::thread thread_;
};

}  // namespace sluice::isolation
