// Names for the kernel's threads, as top -H, ps -L and perf show them.
#pragma once

#include <pthread.h>

#include <string>

namespace sluice::util {

/**
 * Names the calling thread (Linux keeps at most 15 characters; longer names
 * are cut). Operators see "loop-0", "usage-writer" ... instead of a column of
 * identical "sluice" threads when one of them is busy.
 */
inline void nameThisThread(const std::string& name) {
    pthread_setname_np(pthread_self(), name.substr(0, 15).c_str());
}

}  // namespace sluice::util
