#include "plugins/PluginRecord.h"

#include "util/JsonText.h"

namespace sluice::plugins {

std::string recordsToJson(const std::vector<PluginRecord>& records, const std::set<std::string>& disabled) {
    std::string out = "[";
    for (const auto& r : records) {
        if (out.size() > 1) out += ',';
        out += R"({"id":)" + util::jsonQuote(r.id) + R"(,"kind":)" + util::jsonQuote(r.kind) + R"(,"version":)" +
               util::jsonQuote(r.version) + R"(,"state":")" + (r.loaded ? "loaded" : "refused") + R"(","reason":)" +
               util::jsonQuote(r.reason) + R"(,"origin":)" + util::jsonQuote(r.origin) + R"(,"directory":)" + util::jsonQuote(r.directory) + R"(,"enabled":)" +
               (disabled.count(r.id) ? "false" : "true") + "}";
    }
    return out + "]";
}

}  // namespace sluice::plugins
