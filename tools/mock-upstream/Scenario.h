#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sluice::mock {

/**
 * How the mock behaves for one request. Server-wide defaults come from the
 * command-line flags; a request may override any field with an x-mock-*
 * header, so one running mock serves many test cases at once.
 */
struct Scenario {
    /** Largest delay a flag or header may ask for (one hour), so deadlines never overflow. */
    static constexpr std::uint32_t kMaxDelayMs = 3'600'000;
    /** Largest chunk count a flag or header may ask for, which bounds one response's size. */
    static constexpr std::uint32_t kMaxChunks = 100'000;

    /** Status to answer with instead of a normal reply (x-mock-status); 0 means none. */
    int forcedStatus = 0;
    /** Delay before the response headers are sent (x-mock-latency-ms). */
    std::uint32_t latencyMs = 0;
    /** Content pieces: stream chunks, or words of a non-stream reply (x-mock-chunks). */
    std::uint32_t chunks = 5;
    /** Delay between consecutive stream events (x-mock-chunk-delay-ms). */
    std::uint32_t chunkDelayMs = 0;
    /**
     * Every choice event carries "system_fingerprint":"fp_<steady-clock ns>",
     * the moment the mock wrote it (x-mock-stamp-events: 1), so a client on
     * the same machine measures each event's transit through a gateway.
     */
    bool stampEvents = false;
    /** A compromised upstream's replies, to test what a gateway survives (x-mock-hostile). */
    enum class Hostile { None, EchoKey, DeepUsage };
    /**
     * echo-key: a 400 whose message repeats the bearer key it was sent;
     * deep-usage: a reply (body or stream event) whose usage nests a million
     * objects deep.
     */
    Hostile hostile = Hostile::None;
    /**
     * "NAME ARGUMENTS-JSON" (x-mock-tool-call): the reply calls that tool
     * instead of answering, until the conversation carries a tool result;
     * then it answers as usual. Drives an agent through one tool turn.
     */
    std::string toolCall;

    /** The tool's name: toolCall up to its first space. */
    std::string_view toolName() const { return std::string_view(toolCall).substr(0, toolCall.find(' ')); }
    /** The tool's arguments: toolCall after its first space. */
    std::string_view toolArguments() const { return std::string_view(toolCall).substr(toolCall.find(' ') + 1); }

    /**
     * Applies one request header if it is an x-mock-* override; other headers
     * are ignored. Returns false only for an override with a bad value. `name`
     * must already be lower-case (HttpConnection folds header names while
     * parsing). x-mock-status accepts 200 (answer normally) or 400..599.
     */
    bool applyHeader(std::string_view name, std::string_view value);

    /**
     * Parses a plain decimal number in [0, max] into `out`. Shared by flags
     * and headers so both accept exactly the same syntax.
     */
    static bool parseNumber(std::string_view text, std::uint32_t max, std::uint32_t& out);
};

}  // namespace sluice::mock
