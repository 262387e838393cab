#include "dialects/ChunkRenderer.h"

#include "dialects/CanonicalFields.h"

#include <sluice/json.hpp>

namespace sluice::dialects {

bool ChunkRenderer::render(std::string_view canonicalEvent, const EventSink& out) {
    const std::string_view data = canonicalEventData(canonicalEvent);
    if (data.empty()) return true;
    json::StackDocument<> chunk;
    if (!chunk.parse(data).ok() || !chunk->IsObject()) return true;  // not a chunk: nothing the caller can use
    pending_.clear();
    readChunk(*chunk);
    return pending_.empty() || out(pending_);
}

}  // namespace sluice::dialects
