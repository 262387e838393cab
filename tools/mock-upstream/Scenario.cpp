#include "Scenario.h"

#include <charconv>

namespace sluice::mock {

Scenario::HeaderResult Scenario::applyHeader(std::string_view name, std::string_view value) {
    constexpr std::string_view kPrefix = "x-mock-";
    if (!name.starts_with(kPrefix)) {
        return HeaderResult::NotAnOverride;
    }
    const std::string_view field = name.substr(kPrefix.size());
    auto result = [](bool parsed) { return parsed ? HeaderResult::Applied : HeaderResult::BadValue; };
    if (field == "status") {
        std::uint32_t status = 0;
        if (!parseNumber(value, 599, status) || (status != 200 && status < 400)) {
            return HeaderResult::BadValue;
        }
        forcedStatus = status == 200 ? 0 : static_cast<int>(status);
        return HeaderResult::Applied;
    }
    if (field == "latency-ms") {
        return result(parseNumber(value, kMaxDelayMs, latencyMs));
    }
    if (field == "chunks") {
        return result(parseNumber(value, kMaxChunks, chunks));
    }
    if (field == "chunk-delay-ms") {
        return result(parseNumber(value, kMaxDelayMs, chunkDelayMs));
    }
    return HeaderResult::NotAnOverride;
}

bool Scenario::parseNumber(std::string_view text, std::uint32_t max, std::uint32_t& out) {
    std::uint32_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size() || value > max) {
        return false;
    }
    out = value;
    return true;
}

}  // namespace sluice::mock
