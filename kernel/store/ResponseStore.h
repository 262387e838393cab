// Reads and writes the responses table: what the OpenAI Responses API keeps between requests.
#pragma once

#include <soci/session.h>

#include <cstdint>
#include <optional>
#include <string>

namespace sluice::store {

/** One kept response: the conversation that led to it and the Response object answered. */
struct StoredResponse {
    std::string id;          // "resp_..."
    int64_t tokenId = 0;     // the token that created it; no other token sees it
    int64_t createdAt = 0;   // Unix seconds
    std::string conversationJson;  // the canonical messages it answered, instructions left out
    std::string responseJson;      // the Response object, as answered
};

/** The responses table; every read and delete is scoped to the token that created the row. */
class ResponseStore {
public:
    /** Inserts response (its id is new). */
    static void insert(soci::session& sql, const StoredResponse& response);

    /** The response with this id created by tokenId, if there is one. */
    static std::optional<StoredResponse> find(soci::session& sql, const std::string& id, int64_t tokenId);

    /** Deletes the response with this id created by tokenId; false when there was none. */
    static bool remove(soci::session& sql, const std::string& id, int64_t tokenId);
};

}  // namespace sluice::store
