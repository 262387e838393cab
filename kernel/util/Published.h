// An immutable snapshot that one writer replaces now and then and every request reads.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>

namespace sluice::util {

/**
 * Holds the current snapshot and counts replacements. Reading the snapshot
 * itself (current()) goes through std::atomic<std::shared_ptr>, which in
 * libstdc++ takes a spin lock and bumps a reference count shared by every
 * reader; the hot path reads generation() instead, a counter only publish()
 * writes, and copies the snapshot into its own LocalSnapshot when it changed.
 */
template <class T>
class Published {
public:
    explicit Published(std::shared_ptr<const T> first) : value_(std::move(first)) {}
    Published(const Published&) = delete;
    Published& operator=(const Published&) = delete;

    /** Makes next the snapshot new readers get. */
    void publish(std::shared_ptr<const T> next) {
        value_.store(std::move(next), std::memory_order_release);
        generation_.fetch_add(1, std::memory_order_acq_rel);
    }

    /** The current snapshot; safe from any thread. */
    std::shared_ptr<const T> current() const { return value_.load(std::memory_order_acquire); }

    /** Changes whenever publish() ran; a snapshot read after seeing a value is at least that new. */
    uint64_t generation() const noexcept { return generation_.load(std::memory_order_acquire); }

private:
    std::atomic<std::shared_ptr<const T>> value_;
    std::atomic<uint64_t> generation_{0};
};

}  // namespace sluice::util
