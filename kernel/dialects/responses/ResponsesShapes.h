// The pieces of the Responses API's wire format that its bodies, streams and store share.
#pragma once

#include "dialects/CanonicalWriting.h"
#include "dialects/responses/ResponsesTurn.h"
#include "http/ApiError.h"

#include <rapidjson/document.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::dialects::responses {

using Writer = CanonicalWriter;

/** Token counts in the Responses API's terms (input includes what was read from the prompt cache). */
struct Usage {
    int64_t inputTokens = 0;
    int64_t cachedTokens = 0;
    int64_t outputTokens = 0;
    int64_t reasoningTokens = 0;
};

/** Reads an OpenAI Chat usage object (absent fields stay 0). */
Usage usageFrom(const rapidjson::Value& openAiUsage);

/** Writes {"input_tokens","input_tokens_details":{"cached_tokens"},"output_tokens","output_tokens_details":{"reasoning_tokens"},"total_tokens"}. */
void writeUsage(Writer& out, const Usage& usage);

/** One item of a Response's output: the assistant's message, or one function call. */
struct OutputItem {
    enum class Kind { Message, FunctionCall };
    Kind kind = Kind::Message;
    std::string id;      // "msg_..." or "fc_..."
    std::string text;    // the message's text, or the call's arguments
    std::string callId;  // a function call's call_id
    std::string name;    // a function call's function
    std::string space;   // the namespace of a function call's function, if it has one

    /** A message item. */
    static OutputItem message(std::string id, std::string text = {}) {
        return {Kind::Message, std::move(id), std::move(text), {}, {}, {}};
    }

    /**
     * Output item index of turn: a call of the function Chat calls chatName,
     * named back as the request named it (a namespace's function apart).
     */
    static OutputItem functionCall(const ResponsesTurn& turn, size_t index, std::string callId, std::string_view chatName,
                                   std::string arguments = {});
};

/** The name Chat knows a function by: "<space>__<name>" for one in a namespace, else name. */
std::string chatFunctionName(std::string_view space, std::string_view name);

/** Writes item: in progress (a message without content yet) or done (a message's text as its output_text part). */
void writeItem(Writer& out, const OutputItem& item, bool done);

/** Writes {"type":"output_text","text":...,"annotations":[]}. */
void writeOutputTextPart(Writer& out, std::string_view text);

/** How a Response stands: its status, and what goes with it. */
struct Outcome {
    std::string_view status;            // in_progress, completed, incomplete or failed
    std::string_view incompleteReason;  // with incomplete: max_output_tokens or content_filter
    const Usage* usage = nullptr;       // null until known
    const http::ApiError* error = nullptr;  // with failed
};

/** The Response object for turn with this output and outcome. */
std::string responseJson(const ResponsesTurn& turn, const std::vector<OutputItem>& output, const Outcome& outcome);

/** Why a Response ending with this OpenAI finish_reason is incomplete, or "" when it is complete. */
std::string_view incompleteReason(std::string_view finishReason);

/** The id of output item index of turn's Response: "msg_<hex>" for a message, "fc_<hex>" for a call, "_<index>" after it past the first. */
std::string itemId(const ResponsesTurn& turn, OutputItem::Kind kind, size_t index);

/** A new Response id: "resp_" and 48 random hex digits. */
std::string newResponseId();

}  // namespace sluice::dialects::responses
