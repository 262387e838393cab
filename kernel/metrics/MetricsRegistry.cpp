#include "metrics/MetricsRegistry.h"

namespace sluice::metrics {

void MetricsRegistry::add(const std::string& name, const std::string& labels, int64_t delta) {
    std::lock_guard<std::mutex> lock(mutex_);
    counters_[{name, labels}] += delta;
}

int64_t MetricsRegistry::value(const std::string& name, const std::string& labels) const {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = counters_.find({name, labels});
    return it == counters_.end() ? 0 : it->second;
}

std::string MetricsRegistry::renderPrometheus() const {
    std::lock_guard<std::mutex> lock(mutex_);
    std::string out, lastName;
    for (const auto& [key, value] : counters_) {
        if (key.first != lastName) out += "# TYPE " + key.first + " counter\n";
        lastName = key.first;
        out += key.first + (key.second.empty() ? "" : "{" + key.second + "}") + " " + std::to_string(value) + "\n";
    }
    return out;
}

std::string MetricsRegistry::escapeLabel(const std::string& value) {
    std::string out;
    for (char c : value) {
        if (c == '\\' || c == '"') out.push_back('\\');
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out.push_back(c);
    }
    return out;
}

}  // namespace sluice::metrics
