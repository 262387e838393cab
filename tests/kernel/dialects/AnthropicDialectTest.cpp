// Anthropic Messages to the canonical chat model and back: requests, bodies, streams and errors.
#include "dialects/anthropic/AnthropicMessagesDialect.h"
#include "dialects/anthropic/AnthropicRequest.h"
#include "dialects/anthropic/AnthropicResponse.h"
#include "dialects/anthropic/AnthropicStream.h"
#include "kernel/dialects/DialectTestSupport.h"

#include <cppunit/extensions/HelperMacros.h>

#include <string>
#include <vector>

using namespace sluice;

namespace {

using testsupport::parsedJson;

std::string errorOf(const std::string& body) {
    try {
        dialects::AnthropicRequest::toCanonical(body);
    } catch (const http::ApiError& e) {
        return e.what();
    }
    throw std::logic_error("no error for " + body);
}

const std::string kConversation = R"({
  "model": "claude-sonnet-4-5", "max_tokens": 1024, "stream": true, "temperature": 0.2,
  "stop_sequences": ["END"], "metadata": {"user_id": "u-42"}, "top_k": 5,
  "system": [{"type": "text", "text": "Be brief.", "cache_control": {"type": "ephemeral"}}, {"type": "text", "text": "Be kind."}],
  "tools": [{"name": "get_weather", "description": "Weather", "input_schema": {"type": "object", "properties": {"city": {"type": "string"}}}}],
  "tool_choice": {"type": "tool", "name": "get_weather"},
  "messages": [
    {"role": "user", "content": [{"type": "text", "text": "Look:"}, {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBOR"}}]},
    {"role": "assistant", "content": [{"type": "thinking", "thinking": "hmm", "signature": "sig"}, {"type": "text", "text": "Checking."},
                                      {"type": "tool_use", "id": "toolu_1", "name": "get_weather", "input": {"city": "Paris"}}]},
    {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": [{"type": "text", "text": "18 C"}]},
                                 {"type": "text", "text": "So?"}]}
  ]})";

}  // namespace

class AnthropicDialectTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(AnthropicDialectTest);
    CPPUNIT_TEST(aConversationBecomesTheCanonicalRequest);
    CPPUNIT_TEST(badRequestsNameTheFieldAsAnthropicDoes);
    CPPUNIT_TEST(aCompletionBecomesAMessage);
    CPPUNIT_TEST(aStreamOfTextAndToolCallsBecomesAnthropicEvents);
    CPPUNIT_TEST(errorsTakeAnthropicsShape);
    CPPUNIT_TEST_SUITE_END();

public:
    void aConversationBecomesTheCanonicalRequest() {
        auto doc = parsedJson(dialects::AnthropicRequest::toCanonical(kConversation));
        CPPUNIT_ASSERT_EQUAL(std::string("claude-sonnet-4-5"), std::string(doc["model"].GetString()));
        CPPUNIT_ASSERT_EQUAL(1024, doc["max_tokens"].GetInt());
        CPPUNIT_ASSERT(doc["stream_options"]["include_usage"].GetBool());
        CPPUNIT_ASSERT_EQUAL(std::string("END"), std::string(doc["stop"][0].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("u-42"), std::string(doc["user"].GetString()));
        CPPUNIT_ASSERT(!doc.HasMember("top_k") && !doc.HasMember("system") && !doc.HasMember("metadata"));
        CPPUNIT_ASSERT_EQUAL(std::string("get_weather"), std::string(doc["tool_choice"]["function"]["name"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("object"), std::string(doc["tools"][0]["function"]["parameters"]["type"].GetString()));
        const auto& messages = doc["messages"];
        CPPUNIT_ASSERT_EQUAL(5u, messages.Size());  // system, user, assistant, tool, user
        CPPUNIT_ASSERT_EQUAL(std::string("Be brief.\n\nBe kind."), std::string(messages[0]["content"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("data:image/png;base64,iVBOR"),
                             std::string(messages[1]["content"][1]["image_url"]["url"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("Checking."), std::string(messages[2]["content"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string(R"({"city":"Paris"})"),
                             std::string(messages[2]["tool_calls"][0]["function"]["arguments"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("tool"), std::string(messages[3]["role"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("toolu_1"), std::string(messages[3]["tool_call_id"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("18 C"), std::string(messages[3]["content"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("So?"), std::string(messages[4]["content"][0]["text"].GetString()));
        auto withSystemTurn = parsedJson(dialects::AnthropicRequest::toCanonical(
            R"({"model":"m","max_tokens":5,"messages":[{"role":"user","content":"a"},{"role":"system","content":[{"type":"text","text":"Agents: ..."}]}]})"));
        CPPUNIT_ASSERT_EQUAL(std::string("system"), std::string(withSystemTurn["messages"][1]["role"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("Agents: ..."), std::string(withSystemTurn["messages"][1]["content"].GetString()));
        pipeline::ChatRequest request = dialects::AnthropicMessagesDialect().parse(kConversation, http::RequestContext{});
        CPPUNIT_ASSERT(request.stream && request.includeUsage);
        CPPUNIT_ASSERT_EQUAL(std::string("claude-sonnet-4-5"), request.model);
    }

    void badRequestsNameTheFieldAsAnthropicDoes() {
        CPPUNIT_ASSERT_EQUAL(std::string("max_tokens: Field required"),
                             errorOf(R"({"model":"m","messages":[{"role":"user","content":"x"}]})"));
        CPPUNIT_ASSERT_EQUAL(std::string("messages: Field required"), errorOf(R"({"model":"m","max_tokens":5})"));
        CPPUNIT_ASSERT_EQUAL(std::string("messages.0.role: Input should be 'user', 'assistant' or 'system'"),
                             errorOf(R"({"model":"m","max_tokens":5,"messages":[{"role":"tool","content":"x"}]})"));
        CPPUNIT_ASSERT_EQUAL(std::string("messages.0.content.0.tool_use_id: Input should be a valid string"),
                             errorOf(R"({"model":"m","max_tokens":5,"messages":[{"role":"user","content":[{"type":"tool_result"}]}]})"));
        CPPUNIT_ASSERT(errorOf(std::string(100000, '[')).find("deeper than 512 levels") != std::string::npos);
    }

    void aCompletionBecomesAMessage() {
        const std::string completion = R"({"id":"chatcmpl-9x_1","object":"chat.completion","choices":[{"index":0,
            "message":{"role":"assistant","content":"Let me check.","tool_calls":[{"id":"call_7","type":"function",
            "function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}}]},"finish_reason":"tool_calls"}],
            "usage":{"prompt_tokens":120,"completion_tokens":15,"total_tokens":135,"prompt_tokens_details":{"cached_tokens":100}}})";
        auto message = parsedJson(dialects::AnthropicResponse::fromCanonical(completion, "claude-sonnet-4-5"));
        CPPUNIT_ASSERT_EQUAL(std::string("msg_chatcmpl9x1"), std::string(message["id"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("message"), std::string(message["type"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("Let me check."), std::string(message["content"][0]["text"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("tool_use"), std::string(message["content"][1]["type"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("call_7"), std::string(message["content"][1]["id"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("Paris"), std::string(message["content"][1]["input"]["city"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("tool_use"), std::string(message["stop_reason"].GetString()));
        CPPUNIT_ASSERT_EQUAL(20, message["usage"]["input_tokens"].GetInt());
        CPPUNIT_ASSERT_EQUAL(100, message["usage"]["cache_read_input_tokens"].GetInt());
        CPPUNIT_ASSERT_EQUAL(15, message["usage"]["output_tokens"].GetInt());
        CPPUNIT_ASSERT_THROW(dialects::AnthropicResponse::fromCanonical("<html>", "m"), std::invalid_argument);
    }

    void aStreamOfTextAndToolCallsBecomesAnthropicEvents() {
        dialects::AnthropicStream stream("claude-sonnet-4-5");
        auto got = testsupport::namedEvents(testsupport::renderAll(stream, testsupport::textThenToolCallStream()));
        std::vector<std::string> names;
        for (const auto& [name, data] : got) names.push_back(name);
        const std::vector<std::string> expected = {
            "message_start",       "content_block_start", "content_block_delta", "content_block_delta",
            "content_block_stop",  "content_block_start", "content_block_delta", "content_block_delta",
            "content_block_stop",  "message_delta",       "message_stop"};
        CPPUNIT_ASSERT(names == expected);
        CPPUNIT_ASSERT_EQUAL(std::string("claude-sonnet-4-5"), std::string(got[0].second["message"]["model"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("Hi "), std::string(got[2].second["delta"]["text"].GetString()));
        CPPUNIT_ASSERT_EQUAL(1, got[5].second["index"].GetInt());
        CPPUNIT_ASSERT_EQUAL(std::string("call_1"), std::string(got[5].second["content_block"]["id"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("input_json_delta"), std::string(got[6].second["delta"]["type"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string(R"({"city":"Paris"})"), std::string(got[6].second["delta"]["partial_json"].GetString()) +
                                                                    got[7].second["delta"]["partial_json"].GetString());
        CPPUNIT_ASSERT_EQUAL(std::string("tool_use"), std::string(got[9].second["delta"]["stop_reason"].GetString()));
        CPPUNIT_ASSERT_EQUAL(30, got[9].second["usage"]["input_tokens"].GetInt());
        CPPUNIT_ASSERT_EQUAL(9, got[9].second["usage"]["output_tokens"].GetInt());
    }

    void errorsTakeAnthropicsShape() {
        dialects::AnthropicMessagesDialect dialect;
        auto body = parsedJson(dialect.errorBody(http::ApiError(401, "invalid_request_error", "invalid_api_key", "Bad key.")));
        CPPUNIT_ASSERT_EQUAL(std::string("error"), std::string(body["type"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("authentication_error"), std::string(body["error"]["type"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("Bad key."), std::string(body["error"]["message"].GetString()));
        auto passed = parsedJson(dialect.errorBody(http::ApiError::withBody(
            400, "upstream rejected the request", R"({"error":{"message":"context too long","type":"invalid_request_error"}})")));
        CPPUNIT_ASSERT_EQUAL(std::string("context too long"), std::string(passed["error"]["message"].GetString()));
        const std::string event = dialect.newStream({}, http::RequestContext{})->errorEvent(http::ApiError(502, "upstream_error", "upstream_error", "failed"));
        CPPUNIT_ASSERT_EQUAL(0u, static_cast<unsigned>(event.rfind("event: error\ndata: {\"type\":\"error\"", 0)));
        CPPUNIT_ASSERT(event.find("\"api_error\"") != std::string::npos);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(AnthropicDialectTest);
