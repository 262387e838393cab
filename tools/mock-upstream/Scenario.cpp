#include "Scenario.h"

#include <charconv>

namespace sluice::mock {

bool Scenario::applyHeader(std::string_view name, std::string_view value) {
    if (name == "x-mock-status") {
        std::uint32_t status = 0;
        if (!parseNumber(value, 599, status) || (status != 200 && status < 400)) {
            return false;
        }
        forcedStatus = status == 200 ? 0 : static_cast<int>(status);
        return true;
    }
    if (name == "x-mock-hostile") {
        if (value == "echo-key") hostile = Hostile::EchoKey;
        else if (value == "deep-usage") hostile = Hostile::DeepUsage;
        else return false;
        return true;
    }
    if (name == "x-mock-tool-call") {
        const std::size_t space = value.find(' ');
        if (space == 0 || space == std::string_view::npos) return false;
        toolCall.assign(value);
        return true;
    }
    if (name == "x-mock-latency-ms") {
        return parseNumber(value, kMaxDelayMs, latencyMs);
    }
    if (name == "x-mock-chunks") {
        return parseNumber(value, kMaxChunks, chunks);
    }
    if (name == "x-mock-chunk-delay-ms") {
        return parseNumber(value, kMaxDelayMs, chunkDelayMs);
    }
    if (name == "x-mock-stamp-events") {
        std::uint32_t on = 0;
        if (!parseNumber(value, 1, on)) {
            return false;
        }
        stampEvents = on == 1;
        return true;
    }
    return true;
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
