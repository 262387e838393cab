#include "plugins/EgressPolicy.h"

#include <Poco/String.h>

namespace sluice::plugins {

EgressPolicy::EgressPolicy(std::vector<std::string> allowedHosts) : allowed_(std::move(allowedHosts)) {
    for (std::string& entry : allowed_) Poco::toLowerInPlace(entry);
}

bool EgressPolicy::allows(const std::string& host) const {
    std::string name = Poco::toLower(host);
    for (const std::string& entry : allowed_) {
        if (entry == "*" || entry == name) return true;
        if (entry.size() > 2 && entry.compare(0, 2, "*.") == 0) {
            std::string suffix = entry.substr(1);
            if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
                return true;
        }
    }
    return false;
}

}  // namespace sluice::plugins
