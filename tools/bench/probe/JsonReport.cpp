#include "JsonReport.h"

#include <cstdio>

namespace sluice::probe {
namespace {

/** Appends ,"name":value for an unsigned count. */
void appendCount(std::string& json, const char* name, std::uint64_t value) {
    json += ",\"";
    json += name;
    json += "\":";
    json += std::to_string(value);
}

/** Appends ,"name":value for a decimal with two places. */
void appendDecimal(std::string& json, const char* name, double value) {
    char text[64];
    std::snprintf(text, sizeof text, ",\"%s\":%.2f", name, value);
    json += text;
}

void appendHistogram(std::string& json, const char* name, const LatencyHistogram& histogram) {
    json += ",\"";
    json += name;
    json += "\":";
    json += histogram.toJson();
}

void appendErrors(std::string& json, const Measurements& measurements) {
    appendCount(json, "errors", measurements.errors());
    appendCount(json, "timeouts", measurements.timeouts);
    appendCount(json, "non2xx", measurements.non2xx);
}

}  // namespace

std::string formatJsonReport(const ProbeOptions& options, const Measurements& measurements, std::int64_t peakOpen) {
    const double seconds = options.measuredSeconds();
    std::string json = "{\"mode\":\"" + std::string(options.modeName()) + "\"";
    switch (options.mode) {
    case Mode::OpenLoop:
        appendDecimal(json, "target_rate", options.rate);
        appendDecimal(json, "achieved_rate", static_cast<double>(measurements.completed) / seconds);
        appendCount(json, "requests", measurements.completed);
        appendErrors(json, measurements);
        appendHistogram(json, "latency_us", measurements.latency);
        break;
    case Mode::ClosedLoop:
        appendCount(json, "requests", measurements.completed);
        appendDecimal(json, "rps", static_cast<double>(measurements.completed) / seconds);
        appendErrors(json, measurements);
        appendHistogram(json, "latency_us", measurements.latency);
        break;
    case Mode::Stream:
        appendCount(json, "streams", measurements.completed);
        appendErrors(json, measurements);
        appendHistogram(json, "ttfb_us", measurements.timeToFirstByte);
        appendHistogram(json, "event_gap_us", measurements.eventGap);
        if (measurements.transit.count() != 0) {
            appendHistogram(json, "transit_us", measurements.transit);
        } else {
            json += ",\"transit_us\":null";
        }
        appendCount(json, "events", measurements.events);
        break;
    case Mode::Hold:
        appendCount(json, "target_streams", options.connections);
        appendCount(json, "peak_open", static_cast<std::uint64_t>(peakOpen));
        appendCount(json, "open_at_end", measurements.openAtEnd);
        appendCount(json, "failed", measurements.errors() + measurements.non2xx);
        appendCount(json, "connect_errors", measurements.connectErrors);
        appendCount(json, "non200", measurements.non2xx);
        appendCount(json, "closed_early", measurements.closedEarly);
        appendCount(json, "timeouts", measurements.timeouts);
        appendCount(json, "events", measurements.events);
        break;
    }
    appendCount(json, "connections", options.connections);
    appendDecimal(json, "seconds", seconds);
    json += "}";
    return json;
}

}  // namespace sluice::probe
