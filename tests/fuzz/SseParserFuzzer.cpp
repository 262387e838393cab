// The SDK's SSE parser: never crashes, and finds the same events (and the same refusal) however the stream is cut.
#include "FuzzSupport.h"

#include <sluice/sse_parser.hpp>

#include <string>

namespace {

/** Small, so that the fuzzer reaches the limit on one event. */
constexpr size_t kMaxEventBytes = 512;

/** The events parsed from the pieces, as text, ending with the refusal when the parser refused one. */
std::string parse(const std::vector<std::string_view>& pieces) {
    sluice::SseParser parser(kMaxEventBytes);
    std::string events;
    try {
        for (std::string_view piece : pieces) {
            parser.feed(piece, [&](const sluice::SseParser::Event& event) {
                sluice::fuzz::require(event.data.size() <= kMaxEventBytes, "no event larger than the limit");
                events.append("[").append(event.name).append("]").append(event.data).append("\n");
            });
        }
    } catch (const sluice::SseParser::EventTooLarge& e) {
        events.append("refused: ").append(e.what());
    }
    return events;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace sluice::fuzz;
    requireSameInPieces(textOf(data, size), parse, "the same events whole and in pieces");
    return 0;
}
