#include "exec/Executor.h"

#include "util/ThreadName.h"

#include <Poco/Logger.h>

#include <algorithm>

namespace sluice::exec {

Executor::Executor(std::string name, size_t threads, size_t queueLimit) : queueLimit_(queueLimit) {
    for (size_t i = 0; i < std::max<size_t>(1, threads); ++i)
        workers_.emplace_back([this, threadName = name + "-" + std::to_string(i)] {
            util::nameThisThread(threadName);
            work();
        });
}

Executor::~Executor() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    for (std::thread& worker : workers_) worker.join();
}

bool Executor::trySubmit(std::function<void()> job) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (stopping_ || jobs_.size() >= queueLimit_) return false;
        jobs_.push_back(std::move(job));
    }
    wake_.notify_one();
    return true;
}

void Executor::work() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
        wake_.wait(lock, [this] { return stopping_ || !jobs_.empty(); });
        if (jobs_.empty()) return;  // stopping, and nothing left to run
        std::function<void()> job = std::move(jobs_.front());
        jobs_.pop_front();
        ++running_;
        lock.unlock();
        try {
            job();
        } catch (const std::exception& e) {
            Poco::Logger::get("sluice.executor").error("a job failed: %s", std::string(e.what()));
        } catch (...) {
            Poco::Logger::get("sluice.executor").error("a job failed with a non-standard exception");
        }
        job = nullptr;  // what it captured goes now, not with the next job
        lock.lock();
        --running_;
        if (running_ == 0 && jobs_.empty()) idle_.notify_all();
    }
}

bool Executor::stop(std::chrono::milliseconds timeout) {
    {
        std::unique_lock<std::mutex> lock(mutex_);
        stopping_ = true;
        wake_.notify_all();
        if (!idle_.wait_for(lock, timeout, [this] { return running_ == 0 && jobs_.empty(); })) return false;
    }
    for (std::thread& worker : workers_) worker.join();
    workers_.clear();
    return true;
}

size_t Executor::queued() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return jobs_.size();
}

size_t Executor::running() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return running_;
}

}  // namespace sluice::exec
