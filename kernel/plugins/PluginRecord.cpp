#include "plugins/PluginRecord.h"

#include "util/JsonText.h"

namespace sluice::plugins {

std::string recordsToJson(const std::vector<PluginRecord>& records) {
    std::string out = "[";
    for (const auto& r : records) {
        if (out.size() > 1) out += ',';
        out += R"({"id":)" + util::jsonQuote(r.id) + R"(,"kind":)" + util::jsonQuote(r.kind) + R"(,"version":)" +
               util::jsonQuote(r.version) + R"(,"state":")" + (r.loaded ? "loaded" : "refused") + R"(","reason":)" +
               util::jsonQuote(r.reason) + R"(,"origin":)" + util::jsonQuote(r.origin) + R"(,"directory":)" + util::jsonQuote(r.directory) + R"(,"enabled":)" +
               (r.enabled ? "true" : "false") + "}";
    }
    return out + "]";
}

}  // namespace sluice::plugins
