// A stream renderer that reads each canonical event as one chat.completion.chunk.
#pragma once

#include "dialects/StreamRenderer.h"

#include <rapidjson/document.h>

#include <string>

namespace sluice::dialects {

/**
 * The half every translating stream renderer shares: parses each canonical
 * event's chunk, hands it to readChunk, and writes the events it yielded to
 * the caller at once, in one write. [DONE], comments and what is not a
 * chunk yield nothing.
 */
class ChunkRenderer : public StreamRenderer {
public:
    bool render(std::string_view canonicalEvent, const EventSink& out) final;

protected:
    /** Reads one chunk, appending the caller's events to pending_. */
    virtual void readChunk(const rapidjson::Value& chunk) = 0;

    std::string pending_;  // the events one canonical event, or the stream's end, produced
};

}  // namespace sluice::dialects
