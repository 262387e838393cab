#include "LatencyHistogram.h"

#include "Clock.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>

namespace sluice::probe {
namespace {

/** 2^10 buckets per power of two beyond the linear range. */
constexpr int kSubBucketBits = 10;
constexpr std::int64_t kSubBuckets = std::int64_t{1} << kSubBucketBits;
/** Below this every microsecond has its own bucket. */
constexpr std::int64_t kLinearLimit = kSubBuckets * 2;
/** log2(kLinearLimit): the first power of two with shared buckets. */
constexpr int kFirstSharedExponent = kSubBucketBits + 1;

}  // namespace

LatencyHistogram::LatencyHistogram() : buckets_(bucketOf(kMaxMicroseconds) + 1, 0) {}

std::size_t LatencyHistogram::bucketOf(std::int64_t microseconds) {
    if (microseconds < kLinearLimit) {
        return static_cast<std::size_t>(microseconds);
    }
    const int exponent = std::bit_width(static_cast<std::uint64_t>(microseconds)) - 1;
    const int shift = exponent - kSubBucketBits;
    return static_cast<std::size_t>(kLinearLimit + (exponent - kFirstSharedExponent) * kSubBuckets +
                                    ((microseconds >> shift) - kSubBuckets));
}

std::int64_t LatencyHistogram::highestInBucket(std::size_t bucket) {
    const auto index = static_cast<std::int64_t>(bucket);
    if (index < kLinearLimit) {
        return index;
    }
    const std::int64_t shared = index - kLinearLimit;
    const int shift = static_cast<int>(shared / kSubBuckets) + kFirstSharedExponent - kSubBucketBits;
    const std::int64_t lowest = (kSubBuckets + shared % kSubBuckets) << shift;
    return lowest + (std::int64_t{1} << shift) - 1;
}

void LatencyHistogram::record(std::int64_t nanoseconds) {
    const std::int64_t microseconds = std::max<std::int64_t>(0, (nanoseconds + 500) / kNanosecondsPerMicrosecond);
    ++buckets_[bucketOf(std::min(microseconds, kMaxMicroseconds))];
    ++count_;
    sumMicroseconds_ += static_cast<std::uint64_t>(microseconds);
    max_ = std::max(max_, microseconds);
}

void LatencyHistogram::merge(const LatencyHistogram& other) {
    for (std::size_t i = 0; i < buckets_.size(); ++i) {
        buckets_[i] += other.buckets_[i];
    }
    count_ += other.count_;
    sumMicroseconds_ += other.sumMicroseconds_;
    max_ = std::max(max_, other.max_);
}

std::int64_t LatencyHistogram::percentile(double fraction) const {
    if (count_ == 0) {
        return 0;
    }
    const auto rank =
        std::max<std::uint64_t>(1, static_cast<std::uint64_t>(std::ceil(fraction * static_cast<double>(count_))));
    std::uint64_t seen = 0;
    for (std::size_t bucket = 0; bucket < buckets_.size(); ++bucket) {
        seen += buckets_[bucket];
        if (seen >= rank) {
            return std::min(highestInBucket(bucket), max_);
        }
    }
    return max_;
}

double LatencyHistogram::mean() const {
    return count_ == 0 ? 0 : static_cast<double>(sumMicroseconds_) / static_cast<double>(count_);
}

std::string LatencyHistogram::toJson() const {
    char text[256];
    std::snprintf(text, sizeof text,
                  R"({"count":%llu,"p50":%lld,"p90":%lld,"p99":%lld,"p999":%lld,"max":%lld,"mean":%.1f})",
                  static_cast<unsigned long long>(count_), static_cast<long long>(percentile(0.50)),
                  static_cast<long long>(percentile(0.90)), static_cast<long long>(percentile(0.99)),
                  static_cast<long long>(percentile(0.999)), static_cast<long long>(max_), mean());
    return text;
}

}  // namespace sluice::probe
