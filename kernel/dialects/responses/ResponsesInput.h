// Responses input items, converted to canonical (OpenAI Chat) messages in the order Chat requires.
#pragma once

#include <rapidjson/document.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::dialects {

/**
 * Builds the canonical messages of a conversation from Responses items, one
 * at a time: messages (user, assistant, system, developer; content as text
 * or input_text, output_text, input_image and input_file parts),
 * function_call items (joined with the assistant text before them into one
 * assistant message with tool_calls; a namespace's function named as
 * ResponsesRequest names it to Chat) and function_call_output items (tool
 * messages right after the calls they answer; a message given between a
 * call and its output follows the outputs). Reasoning items are left out.
 */
class ResponsesInput {
public:
    /** Adds a canonical message as it is (one of a stored conversation's). */
    void addCanonical(const rapidjson::Value& message);

    /** Adds a user message of plain text (input given as a string). */
    void addUserText(std::string_view text);

    /** Adds one item; where names it in errors ("input[3]"). Throws http::ApiError 400 naming the bad field. */
    void add(const rapidjson::Value& item, const std::string& where);

    /** The messages as a JSON array; throws http::ApiError 400 when a function call has no output. */
    std::string finish();

private:
    struct Call {
        std::string id;
        std::string name;
        std::string arguments;
    };

    void addMessage(const rapidjson::Value& item, const std::string& where);
    void addFunctionCall(const rapidjson::Value& item, const std::string& where);
    void addFunctionCallOutput(const rapidjson::Value& item, const std::string& where);
    /** Writes the assistant message being gathered, if any. */
    void flushAssistant();
    /** Appends one message, or keeps it until the tool outputs being waited for have come. */
    void place(std::string message);
    void append(std::string_view message);

    std::string messages_;
    bool assistantOpen_ = false;
    std::string assistantText_;
    std::vector<Call> calls_;
    std::set<std::string, std::less<>> awaiting_;  // calls written whose outputs have not come yet
    std::vector<std::string> deferred_;            // messages that come after those outputs
};

}  // namespace sluice::dialects
