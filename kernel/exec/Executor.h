// The bounded worker pool every blocking job runs on, so that no event loop ever waits.
#pragma once

#include "net/EventLoop.h"

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace sluice::exec {

/**
 * A fixed set of worker threads and a bounded queue of jobs. Event loops hand
 * blocking work here (a local provider's serve call, later SQL, Redis, plugin
 * HTTP, RAG and MCP) and are resumed on their own thread when it is done
 * (runThenResume). When every worker is busy and the queue is full a job is
 * refused at once, never queued without bound: the caller answers "busy".
 */
class Executor {
public:
    /** Starts `threads` workers (at least one) named "<name>-<i>"; at most queueLimit jobs wait. */
    Executor(std::string name, size_t threads, size_t queueLimit);
    /** Refuses new jobs and waits for every queued and running one to finish. */
    ~Executor();
    Executor(const Executor&) = delete;
    Executor& operator=(const Executor&) = delete;

    /** Queues job for a worker; false (and the job dropped) when the queue is full or the pool stopping. */
    bool trySubmit(std::function<void()> job);

    /**
     * Runs work on a worker, then resume(result) on loop's thread. False when
     * refused (trySubmit); then neither runs. An exception escaping work is
     * caught and passed to resume as its std::exception_ptr.
     */
    template <class Result>
    bool runThenResume(net::EventLoop& loop, std::function<Result()> work,
                       std::function<void(Result, std::exception_ptr)> resume) {
        return trySubmit([&loop, work = std::move(work), resume = std::move(resume)]() mutable {
            Result result{};
            std::exception_ptr failure;
            try {
                result = work();
            } catch (...) {
                failure = std::current_exception();
            }
            loop.post([resume = std::move(resume), result = std::move(result), failure]() mutable {
                resume(std::move(result), failure);
            });
        });
    }

    /**
     * Refuses new jobs, lets the queued and running ones finish for up to
     * timeout, and joins the workers. False when some job was still running
     * at the deadline: the workers are left to finish, and destroying the
     * executor waits for them (a caller that cannot wait leaks it instead).
     */
    bool stop(std::chrono::milliseconds timeout);

    /** Jobs waiting for a worker now. */
    size_t queued() const;

    /** Jobs running on a worker now. */
    size_t running() const;

private:
    void work();

    const size_t queueLimit_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::condition_variable idle_;
    std::deque<std::function<void()>> jobs_;
    size_t running_ = 0;
    bool stopping_ = false;
    std::vector<std::thread> workers_;
};

}  // namespace sluice::exec
