// The chunked-body decoder: never crashes, and decodes a body arriving in pieces as it decodes it whole.
#include "FuzzSupport.h"
#include "net/ChunkedDecoder.h"

#include <string>

using sluice::net::ChunkedDecoder;

namespace {

/** How decoding ended: the result, the bytes consumed up to it and the data decoded. */
struct Outcome {
    ChunkedDecoder::Result result = ChunkedDecoder::Result::NeedMore;
    size_t consumed = 0;
    std::string data;

    bool operator==(const Outcome&) const = default;
};

Outcome decode(const std::vector<std::string_view>& pieces) {
    ChunkedDecoder decoder;
    Outcome outcome;
    auto keep = [&](std::string_view bytes) { outcome.data.append(bytes); };
    for (std::string_view piece : pieces) {
        size_t consumed = 0;
        outcome.result = decoder.feed(piece, consumed, keep);
        sluice::fuzz::require(consumed <= piece.size(), "consumes no more than it was given");
        outcome.consumed += consumed;
        if (outcome.result != ChunkedDecoder::Result::NeedMore) break;
        sluice::fuzz::require(consumed == piece.size(), "consumes all of a piece while it needs more");
    }
    return outcome;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace sluice::fuzz;
    const std::string_view input = textOf(data, size);
    requireSameInPieces(input, decode, "the same result, data and end whole and in pieces");
    const Outcome whole = decode({input});
    require(whole.data.size() <= whole.consumed, "no more data than bytes consumed");
    return 0;
}
