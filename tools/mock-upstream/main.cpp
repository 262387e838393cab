// sluice-mock-upstream: command-line entry point. Parses flags, starts the
// server, announces the port, and waits for SIGTERM/SIGINT.

#include "MockServer.h"
#include "Scenario.h"

#include <arpa/inet.h>
#include <pthread.h>
#include <sys/resource.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <system_error>

namespace {

using sluice::mock::MockServer;
using sluice::mock::Scenario;

constexpr std::string_view kUsage = R"(usage: sluice-mock-upstream [flags]

A fast mock of OpenAI's chat completions and Anthropic's Messages APIs for testing and
benchmarking Sluice.

Flags (also accepted as --flag=value):
  --listen HOST:PORT     IPv4 address to listen on (default 127.0.0.1:0; port 0 picks a free port)
  --threads N            event-loop threads, each with its own SO_REUSEPORT listener (default 1)
  --latency-ms N         delay before the response headers (default 0)
  --chunks N             stream content chunks, or words of a non-stream reply (default 5); also the
                         reply's completion (output) tokens
  --chunk-delay-ms N     delay between stream events (default 0)
  --stamp-events         every OpenAI stream choice event carries "system_fingerprint":"fp_<steady-clock ns>",
                         the moment it was written, for measuring transit through a gateway
  --port-file PATH       once listening, write the port to PATH (atomically, via rename)
  --help                 show this help and exit

Per-request overrides (request headers):
  x-mock-status: 400|401|429|500|529|...   answer with that error in the route's wire format (200 = answer
                                           normally); 429 adds retry-after: 1
  x-mock-latency-ms: N   x-mock-chunks: N   x-mock-chunk-delay-ms: N   x-mock-stamp-events: 0|1
  x-mock-tool-call: NAME ARGUMENTS-JSON    call that tool (as a body or a stream) until a tool result comes back;
                                           for /v1/messages ARGUMENTS-JSON must be an object
  x-mock-hostile: echo-key|deep-usage      act as a compromised upstream: a 400 repeating the API key,
                                           or usage nested a million objects deep (chat completions only)

Endpoints:
  POST /v1/chat/completions   OpenAI; key in Authorization: Bearer
  POST /v1/messages           Anthropic; key in x-api-key (or Authorization: Bearer, as Anthropic's SDK sends it),
                              anthropic-version required, max_tokens required;
                              "thinking":{"type":"enabled"} opens the reply with a signed thinking block
  GET /v1/models, GET /healthz
Every response echoes x-mock-request-model and x-mock-key-suffix (last 4 characters of the API key).
)";

/** Everything the command line sets. */
struct CommandLine {
    MockServer::Options server;
    std::string host = "127.0.0.1";
    std::string portFile;
};

[[noreturn]] void failUsage(const std::string& message) {
    std::fprintf(stderr, "sluice-mock-upstream: %s (see --help)\n", message.c_str());
    std::exit(2);
}

/** Reads HOST:PORT with a numeric IPv4 host. */
bool parseListen(std::string_view value, CommandLine& commandLine) {
    const std::size_t colon = value.rfind(':');
    if (colon == std::string_view::npos) {
        return false;
    }
    const std::string host(value.substr(0, colon));
    std::uint32_t port = 0;
    if (!Scenario::parseNumber(value.substr(colon + 1), 65535, port) ||
        ::inet_pton(AF_INET, host.c_str(), &commandLine.server.address) != 1) {
        return false;
    }
    commandLine.host = host;
    commandLine.server.port = static_cast<std::uint16_t>(port);
    return true;
}

/** Applies one flag's value; false when the value is bad. */
bool applyFlag(std::string_view name, std::string_view value, CommandLine& commandLine) {
    Scenario& defaults = commandLine.server.defaults;
    if (name == "--listen") {
        return parseListen(value, commandLine);
    }
    if (name == "--threads") {
        std::uint32_t threads = 0;
        if (!Scenario::parseNumber(value, 256, threads) || threads == 0) {
            return false;
        }
        commandLine.server.threads = threads;
        return true;
    }
    if (name == "--latency-ms") {
        return Scenario::parseNumber(value, Scenario::kMaxDelayMs, defaults.latencyMs);
    }
    if (name == "--chunks") {
        return Scenario::parseNumber(value, Scenario::kMaxChunks, defaults.chunks);
    }
    if (name == "--chunk-delay-ms") {
        return Scenario::parseNumber(value, Scenario::kMaxDelayMs, defaults.chunkDelayMs);
    }
    commandLine.portFile = value;  // --port-file, the one flag left
    return !value.empty();
}

CommandLine parseCommandLine(int argc, char** argv) {
    constexpr std::string_view kValueFlags[] = {"--listen", "--threads",        "--latency-ms",
                                                "--chunks", "--chunk-delay-ms", "--port-file"};
    CommandLine commandLine;
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument = argv[i];
        if (argument == "--help" || argument == "-h") {
            std::fwrite(kUsage.data(), 1, kUsage.size(), stdout);
            std::exit(0);
        }
        if (argument == "--stamp-events") {
            commandLine.server.defaults.stampEvents = true;
            continue;
        }
        const std::size_t equals = argument.find('=');
        const std::string_view name = argument.substr(0, equals);
        bool known = false;
        for (const std::string_view flag : kValueFlags) {
            known = known || name == flag;
        }
        if (!known) {
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
        if (!applyFlag(name, value, commandLine)) {
            failUsage("bad value '" + std::string(value) + "' for " + std::string(name));
        }
    }
    return commandLine;
}

/** Writes the port to `path` through a temporary file and rename, so readers never see a partial file. */
bool writePortFile(const std::string& path, std::uint16_t port) {
    const std::string temporary = path + ".tmp." + std::to_string(::getpid());
    std::FILE* file = std::fopen(temporary.c_str(), "w");
    if (file == nullptr) {
        return false;
    }
    const bool written = std::fprintf(file, "%u\n", static_cast<unsigned>(port)) > 0;
    if (std::fclose(file) != 0 || !written || std::rename(temporary.c_str(), path.c_str()) != 0) {
        std::remove(temporary.c_str());
        return false;
    }
    return true;
}

/** Lifts the open-file limit to its hard maximum so one loop can hold thousands of connections. */
void raiseFileLimit() {
    rlimit limit{};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

}  // namespace

int main(int argc, char** argv) {
    const CommandLine commandLine = parseCommandLine(argc, argv);

    // Sockets use MSG_NOSIGNAL; ignoring SIGPIPE as well keeps any other write safe.
    std::signal(SIGPIPE, SIG_IGN);
    // Block the stop signals before any thread starts, so only sigwait() below sees them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    ::pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    raiseFileLimit();

    try {
        MockServer server(commandLine.server);
        server.start();
        if (!commandLine.portFile.empty() && !writePortFile(commandLine.portFile, server.port())) {
            std::fprintf(stderr, "sluice-mock-upstream: cannot write port file %s\n", commandLine.portFile.c_str());
            return 1;
        }
        std::printf("mock-upstream listening on %s:%u\n", commandLine.host.c_str(),
                    static_cast<unsigned>(server.port()));
        std::fflush(stdout);

        int signal = 0;
        ::sigwait(&stopSignals, &signal);
        server.stop();
    } catch (const std::system_error& error) {
        std::fprintf(stderr, "sluice-mock-upstream: %s\n", error.what());
        return 1;
    }
    return 0;
}
