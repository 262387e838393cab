#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sluice::probe {

/**
 * HDR-style record of durations in fixed memory, however many are recorded:
 * exact microsecond buckets below 2048 us, then 1024 buckets per power of two
 * (under 0.1% relative error) up to 60 s. Longer durations land in the last
 * bucket, but max and mean stay exact. Each thread records into its own
 * histogram; merge() combines them at the end.
 */
class LatencyHistogram {
public:
    /** Largest duration with its own bucket: 60 s. */
    static constexpr std::int64_t kMaxMicroseconds = 60'000'000;

    /** An empty histogram. */
    LatencyHistogram();

    /** Adds one duration given in nanoseconds (negative counts as 0), kept at microsecond resolution. */
    void record(std::int64_t nanoseconds);
    /** Adds every duration `other` recorded. */
    void merge(const LatencyHistogram& other);

    /** The smallest recorded duration, in microseconds, that at least `fraction` (0..1] of all durations do not exceed;
     * 0 when empty. */
    std::int64_t percentile(double fraction) const;
    /** How many durations were recorded. */
    std::uint64_t count() const { return count_; }
    /** The average recorded duration in microseconds; 0 when empty. */
    double mean() const;
    /** The JSON object {"count","p50","p90","p99","p999","max","mean"}, all in microseconds. */
    std::string toJson() const;

private:
    static std::size_t bucketOf(std::int64_t microseconds);
    static std::int64_t highestInBucket(std::size_t bucket);

    std::vector<std::uint64_t> buckets_;
    std::uint64_t count_ = 0;
    std::uint64_t sumMicroseconds_ = 0;
    std::int64_t max_ = 0;
};

}  // namespace sluice::probe
