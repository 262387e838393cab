#pragma once

#include "TargetUrl.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::probe {

/** What kind of load a run generates; the first command-line argument. */
enum class Mode { OpenLoop, ClosedLoop, Stream, Hold };

/**
 * Everything the command line sets, validated: a ProbeOptions that parse()
 * returned is always runnable, so the rest of the probe never re-checks flags.
 */
struct ProbeOptions {
    /** Kind of load. */
    Mode mode = Mode::ClosedLoop;
    /** Where requests go (always 127.0.0.1). */
    TargetUrl url;
    /** POST body from --body-file; no body means GET. */
    std::optional<std::string> body;
    /** Extra "Name: value" request headers, in command-line order. */
    std::vector<std::string> headers;
    /** Concurrent connections; for hold, the number of streams. */
    std::uint32_t connections = 50;
    /** Event-loop threads sharing the connections. */
    std::uint32_t threads = 1;
    /** Length of the whole run, warm-up included. */
    double durationSeconds = 10;
    /** Leading part of the run whose results are discarded. */
    double warmupSeconds = 0;
    /** openloop: requests per second across all connections. */
    double rate = 0;
    /** hold: new streams opened per second. */
    double openRate = 2000;

    /** Parses argv; prints one line to stderr and exits 2 on a bad flag, prints usage and exits 0 on --help. */
    static ProbeOptions parse(int argc, char** argv);

    /** The mode as written on the command line and in the JSON report. */
    std::string_view modeName() const;
    /** How many seconds of the run are measured: duration minus warm-up. */
    double measuredSeconds() const { return durationSeconds - warmupSeconds; }
};

}  // namespace sluice::probe
