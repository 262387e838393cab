#include "ProbeOptions.h"

#include "Text.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <utility>

namespace sluice::probe {
namespace {

constexpr std::string_view kUsage = R"(usage: sluice-bench-probe MODE --url http://127.0.0.1:PORT/path [flags]

An HTTP/1.1 load client for benchmarking AI gateways on loopback. Prints one
JSON object on stdout; progress and warnings go to stderr.

Modes:
  openloop    fixed request rate (--rate), latency measured from each request's intended send time
  closedloop  each connection sends its next request as soon as the previous response ends
  stream      streaming POSTs in a loop: time to first byte and the gaps between SSE events
  hold        keep --streams streams open for the whole run, counting how many stay open

Flags (also accepted as --flag=value):
  --url URL             http://127.0.0.1[:PORT][/path]; any other host is refused
  --body-file FILE      POST this body (GET without it); required by stream and hold
  --header "Name: value"  extra request header, repeatable
  --connections N       concurrent connections (default 50; not for hold)
  --duration SECONDS    the whole run, warm-up included (default 10; fractions allowed)
  --warmup SECONDS      discard results from the run's first SECONDS (default 0; not for hold)
  --threads N           event-loop threads sharing the connections (default 1)
  --rate R              openloop: requests per second over all connections (required)
  --streams N           hold: how many streams to hold open (required)
  --open-rate R         hold: streams opened per second (default 2000)
  --help                show this help and exit
)";

constexpr std::uint32_t kMaxConnections = 1'000'000;
constexpr std::uint32_t kMaxThreads = 64;
constexpr double kMaxSeconds = 86'400;

/** One bit per Mode, to say which modes a flag applies to. */
constexpr unsigned bit(Mode mode) {
    return 1u << static_cast<unsigned>(mode);
}
constexpr unsigned kAllModes = bit(Mode::OpenLoop) | bit(Mode::ClosedLoop) | bit(Mode::Stream) | bit(Mode::Hold);

/** A known flag and the modes it applies to. */
struct FlagRule {
    std::string_view name;
    unsigned modes;
};

constexpr FlagRule kFlagRules[] = {
    {"--url", kAllModes},
    {"--body-file", kAllModes},
    {"--header", kAllModes},
    {"--connections", kAllModes & ~bit(Mode::Hold)},
    {"--duration", kAllModes},
    {"--warmup", kAllModes & ~bit(Mode::Hold)},
    {"--threads", kAllModes},
    {"--rate", bit(Mode::OpenLoop)},
    {"--streams", bit(Mode::Hold)},
    {"--open-rate", bit(Mode::Hold)},
};

[[noreturn]] void failUsage(const std::string& message) {
    std::fprintf(stderr, "sluice-bench-probe: %s (see --help)\n", message.c_str());
    std::exit(2);
}

const FlagRule* findRule(std::string_view name) {
    for (const FlagRule& rule : kFlagRules) {
        if (rule.name == name) {
            return &rule;
        }
    }
    return nullptr;
}

bool parseMode(std::string_view text, Mode& mode) {
    constexpr std::pair<std::string_view, Mode> kModes[] = {
        {"openloop", Mode::OpenLoop}, {"closedloop", Mode::ClosedLoop}, {"stream", Mode::Stream}, {"hold", Mode::Hold}};
    for (const auto& [name, value] : kModes) {
        if (text == name) {
            mode = value;
            return true;
        }
    }
    return false;
}

/** Reads a finite, non-negative decimal such as "2.5". */
bool parseNonNegative(std::string_view text, double& out) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return !text.empty() && error == std::errc() && end == text.data() + text.size() && std::isfinite(out) && out >= 0;
}

/** Reads a whole number in [1, max]. */
bool parseCount(std::string_view text, std::uint32_t max, std::uint32_t& out) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), out);
    return !text.empty() && error == std::errc() && end == text.data() + text.size() && out >= 1 && out <= max;
}

/** Checks an extra header: a token name, a colon, no line breaks; the probe sets the framing headers itself. */
std::string checkHeader(std::string_view header) {
    const std::string_view name = headerName(header);
    if (name.empty() || name.find_first_of(" \t") != std::string_view::npos ||
        header.find_first_of("\r\n") != std::string_view::npos) {
        return "bad header '" + std::string(header) + "' (want \"Name: value\")";
    }
    if (equalsLowercase(name, "content-length") || equalsLowercase(name, "transfer-encoding")) {
        return "the probe sets " + std::string(name) + " itself";
    }
    return "";
}

/** Applies one flag; returns an error message, or "" when the value is good. */
std::string applyFlag(std::string_view name, std::string_view value, ProbeOptions& options) {
    const std::string bad = "bad value '" + std::string(value) + "' for " + std::string(name);
    if (name == "--url") {
        const std::string error = TargetUrl::parse(value, options.url);
        return error.empty() ? "" : "bad --url: " + error;
    }
    if (name == "--body-file") {
        std::ifstream file{std::string(value), std::ios::binary};
        if (!file) {
            return "cannot read --body-file " + std::string(value);
        }
        options.body.emplace(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
        return "";
    }
    if (name == "--header") {
        options.headers.emplace_back(value);
        return checkHeader(value);
    }
    if (name == "--connections" || name == "--streams") {
        return parseCount(value, kMaxConnections, options.connections) ? "" : bad;
    }
    if (name == "--threads") {
        return parseCount(value, kMaxThreads, options.threads) ? "" : bad;
    }
    double number = 0;
    if (!parseNonNegative(value, number)) {
        return bad;
    }
    if (name == "--duration") {
        options.durationSeconds = number;
        return number > 0 && number <= kMaxSeconds ? "" : bad;
    }
    if (name == "--warmup") {
        options.warmupSeconds = number;
        return number <= kMaxSeconds ? "" : bad;
    }
    (name == "--rate" ? options.rate : options.openRate) = number;  // --rate or --open-rate, the two left
    return number > 0 ? "" : bad;
}

/** Checks what single flags cannot: required flags, flags given to the wrong mode, and consistency. */
void validate(const ProbeOptions& options, const std::vector<std::string_view>& given) {
    const auto wasGiven = [&given](std::string_view name) {
        return std::find(given.begin(), given.end(), name) != given.end();
    };
    for (const std::string_view name : given) {
        if ((findRule(name)->modes & bit(options.mode)) == 0) {
            failUsage(std::string(name) + " does not apply to " + std::string(options.modeName()));
        }
    }
    if (!wasGiven("--url")) {
        failUsage("--url is required");
    }
    if (options.mode == Mode::OpenLoop && !wasGiven("--rate")) {
        failUsage("openloop needs --rate");
    }
    if (options.mode == Mode::Hold && !wasGiven("--streams")) {
        failUsage("hold needs --streams");
    }
    if ((options.mode == Mode::Stream || options.mode == Mode::Hold) && !options.body) {
        failUsage(std::string(options.modeName()) + " needs --body-file with a streaming request");
    }
    if (options.warmupSeconds >= options.durationSeconds) {
        failUsage("--warmup must be shorter than --duration");
    }
    if (options.threads > options.connections) {
        failUsage("more --threads than connections");
    }
}

}  // namespace

ProbeOptions ProbeOptions::parse(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument = argv[i];
        if (argument == "--help" || argument == "-h") {
            std::fwrite(kUsage.data(), 1, kUsage.size(), stdout);
            std::exit(0);
        }
    }
    if (argc < 2) {
        failUsage("missing mode: openloop, closedloop, stream or hold");
    }
    ProbeOptions options;
    if (!parseMode(argv[1], options.mode)) {
        failUsage("unknown mode '" + std::string(argv[1]) + "'");
    }

    std::vector<std::string_view> given;
    for (int i = 2; i < argc; ++i) {
        const std::string_view argument = argv[i];
        const std::size_t equals = argument.find('=');
        const std::string_view name = argument.substr(0, equals);
        if (findRule(name) == nullptr) {
            failUsage("unknown flag '" + std::string(argument) + "'");
        }
        std::string_view value;
        if (equals != std::string_view::npos) {
            value = argument.substr(equals + 1);
        } else if (i + 1 < argc) {
            value = argv[++i];
        } else {
            failUsage("missing value for " + std::string(name));
        }
        const std::string error = applyFlag(name, value, options);
        if (!error.empty()) {
            failUsage(error);
        }
        given.push_back(name);
    }
    validate(options, given);
    return options;
}

std::string_view ProbeOptions::modeName() const {
    switch (mode) {
    case Mode::OpenLoop: return "openloop";
    case Mode::ClosedLoop: return "closedloop";
    case Mode::Stream: return "stream";
    case Mode::Hold: return "hold";
    }
    return "";
}

}  // namespace sluice::probe
