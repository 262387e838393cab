// The rag_store kind in the C++ SDK layer: JSON requests, JSON results.
#pragma once

#include <sluice/host.hpp>

namespace sluice {

/** A knowledge-base store: subclass it and register it with SLUICE_RAG_STORE_PLUGIN. */
class RagStore {
public:
    virtual ~RagStore() = default;

    /** Stores chunks with embeddings; returns a JSON result object. */
    virtual std::string upsert(std::string_view requestJson) = 0;

    /** Returns the nearest chunks for a query embedding as JSON. */
    virtual std::string query(std::string_view requestJson) = 0;
};

}  // namespace sluice
