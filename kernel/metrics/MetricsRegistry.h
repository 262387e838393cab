// Process-wide counters, exposed in Prometheus' text format.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <string>

namespace sluice::metrics {

/**
 * Named counters with label sets. Written from plugins' host callbacks and
 * the kernel, read by the /metrics endpoint; a mutex is enough because
 * nothing on the request path counts here yet.
 */
class MetricsRegistry {
public:
    /** Adds delta to counter `name` with `labels` (already in Prometheus form: a="x",b="y"). */
    void add(const std::string& name, const std::string& labels, int64_t delta);

    /** The value of one counter, 0 when it was never touched. */
    int64_t value(const std::string& name, const std::string& labels) const;

    /** Every counter in Prometheus text exposition format. */
    std::string renderPrometheus() const;

    /** A label value escaped for Prometheus (backslash, quote, newline). */
    static std::string escapeLabel(const std::string& value);

private:
    mutable std::mutex mutex_;
    std::map<std::pair<std::string, std::string>, int64_t> counters_;
};

}  // namespace sluice::metrics
