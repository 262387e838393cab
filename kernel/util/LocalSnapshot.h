// One thread's own copy of a Published snapshot, refreshed when a new one is published.
#pragma once

#include "util/Published.h"

namespace sluice::util {

/**
 * Owned and used by one thread (an event loop). get() costs one load of a
 * counter that is written only on publication, so it stays in every core's
 * cache; the snapshot it returns shares a reference count that only this
 * copy's holders touch (an aliasing pointer whose control block owns one
 * reference to the published snapshot). So a request takes no lock and
 * writes no cache line that requests on other cores also write.
 */
template <class T>
class LocalSnapshot {
public:
    explicit LocalSnapshot(const Published<T>& source) : source_(source) {}
    LocalSnapshot(const LocalSnapshot&) = delete;
    LocalSnapshot& operator=(const LocalSnapshot&) = delete;

    /** The newest published snapshot; owning thread only. */
    const std::shared_ptr<const T>& get() {
        const uint64_t generation = source_.generation();
        if (!copy_ || generation != generation_) {
            std::shared_ptr<const T> latest = source_.current();
            const T* raw = latest.get();
            copy_ = std::shared_ptr<const T>(std::make_shared<std::shared_ptr<const T>>(std::move(latest)), raw);
            generation_ = generation;
        }
        return copy_;
    }

private:
    const Published<T>& source_;
    uint64_t generation_ = 0;
    std::shared_ptr<const T> copy_;
};

}  // namespace sluice::util
