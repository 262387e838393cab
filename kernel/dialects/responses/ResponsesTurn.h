// What one Responses request carries from its conversion to its answer and to the store.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace sluice::dialects {

/**
 * One POST /v1/responses request, as its answer needs it: the Response's id
 * and creation time, the fields a Response repeats from its request, and
 * whether and as whose the answer is kept for a later previous_response_id.
 */
struct ResponsesTurn {
    std::string id;         // "resp_" and 48 hex digits
    int64_t createdAt = 0;  // Unix seconds
    std::string model;      // the model the caller asked for
    /** The request fields a Response repeats (instructions, tools, ...), as JSON object members without braces. */
    std::string echo;
    bool store = true;
    int64_t tokenId = 0;
    /** The request's tool namespaces: Chat knows their functions as "<namespace>__<name>". */
    std::vector<std::string> namespaces;
    /** The canonical messages the answer follows (a continued conversation's included, instructions not), a JSON array. */
    std::string conversation;
};

}  // namespace sluice::dialects
