// Gemini generateContent to the canonical chat model and back: requests, bodies, streams and errors.
#include "dialects/gemini/GeminiDialect.h"
#include "dialects/gemini/GeminiRequest.h"
#include "dialects/gemini/GeminiResponse.h"
#include "dialects/gemini/GeminiStream.h"
#include "kernel/dialects/DialectTestSupport.h"

#include <cppunit/extensions/HelperMacros.h>
#include <rapidjson/document.h>

#include <string>
#include <vector>

using namespace sluice;

namespace {

std::string errorOf(const std::string& body) {
    try {
        dialects::GeminiRequest::toCanonical(body, "gemini-2.5-pro", false);
    } catch (const http::ApiError& e) {
        return e.what();
    }
    throw std::logic_error("no error for " + body);
}

const std::string kConversation = R"({
  "systemInstruction": {"parts": [{"text": "Be brief."}]},
  "contents": [
    {"role": "user", "parts": [{"text": "Weather in Paris?"}, {"inlineData": {"mimeType": "image/png", "data": "iVBOR"}}]},
    {"role": "model", "parts": [{"text": "thinking...", "thought": true}, {"functionCall": {"name": "get_weather", "args": {"city": "Paris"}}, "thoughtSignature": "c2ln"}]},
    {"role": "user", "parts": [{"functionResponse": {"name": "get_weather", "response": {"temp": 18}}}]}
  ],
  "tools": [{"functionDeclarations": [{"name": "get_weather", "description": "Weather", "parameters": {"type": "OBJECT", "properties": {"city": {"type": "STRING"}}}}]}],
  "toolConfig": {"functionCallingConfig": {"mode": "ANY", "allowedFunctionNames": ["get_weather"]}},
  "generationConfig": {"temperature": 0.3, "maxOutputTokens": 200, "stopSequences": ["END"], "responseMimeType": "application/json",
                       "responseJsonSchema": {"type": "object"}, "thinkingConfig": {"thinkingBudget": 0}}
})";

}  // namespace

class GeminiDialectTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(GeminiDialectTest);
    CPPUNIT_TEST(aConversationBecomesTheCanonicalRequest);
    CPPUNIT_TEST(badRequestsAreRefusedNamingTheField);
    CPPUNIT_TEST(aCompletionBecomesAGenerateContentResponse);
    CPPUNIT_TEST(aStreamIsAJsonArrayOrServerSentEvents);
    CPPUNIT_TEST(errorsTakeGooglesShape);
    CPPUNIT_TEST_SUITE_END();

public:
    void aConversationBecomesTheCanonicalRequest() {
        auto doc = testsupport::parsedJson(dialects::GeminiRequest::toCanonical(kConversation, "gemini-2.5-pro", true));
        CPPUNIT_ASSERT_EQUAL(std::string("gemini-2.5-pro"), std::string(doc["model"].GetString()));
        CPPUNIT_ASSERT(doc["stream"].GetBool() && doc["stream_options"]["include_usage"].GetBool());
        CPPUNIT_ASSERT_EQUAL(200, doc["max_tokens"].GetInt());
        CPPUNIT_ASSERT_EQUAL(std::string("END"), std::string(doc["stop"][0].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("json_schema"), std::string(doc["response_format"]["type"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("get_weather"), std::string(doc["tool_choice"]["function"]["name"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("get_weather"), std::string(doc["tools"][0]["function"]["name"].GetString()));
        const auto& messages = doc["messages"];
        CPPUNIT_ASSERT_EQUAL(4u, messages.Size());  // system, user, assistant, tool
        CPPUNIT_ASSERT_EQUAL(std::string("Be brief."), std::string(messages[0]["content"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("data:image/png;base64,iVBOR"),
                             std::string(messages[1]["content"][1]["image_url"]["url"].GetString()));
        CPPUNIT_ASSERT(messages[2]["content"].IsNull());  // the thought is left out
        const std::string callId = messages[2]["tool_calls"][0]["id"].GetString();
        CPPUNIT_ASSERT_EQUAL(std::string(R"({"city":"Paris"})"),
                             std::string(messages[2]["tool_calls"][0]["function"]["arguments"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("tool"), std::string(messages[3]["role"].GetString()));
        CPPUNIT_ASSERT_EQUAL(callId, std::string(messages[3]["tool_call_id"].GetString()));  // matched by name
        CPPUNIT_ASSERT_EQUAL(std::string(R"({"temp":18})"), std::string(messages[3]["content"].GetString()));
    }

    void badRequestsAreRefusedNamingTheField() {
        CPPUNIT_ASSERT(errorOf("{}").find("'contents'") != std::string::npos);
        CPPUNIT_ASSERT(errorOf(R"({"contents":[{"role":"tool","parts":[{"text":"x"}]}]})").find("'contents[0].role'") !=
                       std::string::npos);
        CPPUNIT_ASSERT(errorOf(R"({"contents":[{"parts":[{"text":"x"}]}],"tools":[{"googleSearch":{}}]})").find("'tools[0]'") !=
                       std::string::npos);
        CPPUNIT_ASSERT(errorOf(std::string(100000, '[')).find("deeper than 512 levels") != std::string::npos);
    }

    void aCompletionBecomesAGenerateContentResponse() {
        const std::string completion = R"({"id":"chatcmpl-7","object":"chat.completion","choices":[{"index":0,
            "message":{"role":"assistant","content":"Sunny.","tool_calls":[{"id":"call_1","type":"function",
            "function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}}]},"finish_reason":"length"}],
            "usage":{"prompt_tokens":12,"completion_tokens":5,"total_tokens":17,"completion_tokens_details":{"reasoning_tokens":2}}})";
        auto response = testsupport::parsedJson(dialects::GeminiResponse::fromCanonical(completion, "gemini-2.5-pro"));
        const auto& candidate = response["candidates"][0];
        CPPUNIT_ASSERT_EQUAL(std::string("model"), std::string(candidate["content"]["role"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("Sunny."), std::string(candidate["content"]["parts"][0]["text"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("Paris"), std::string(candidate["content"]["parts"][1]["functionCall"]["args"]["city"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("MAX_TOKENS"), std::string(candidate["finishReason"].GetString()));
        CPPUNIT_ASSERT_EQUAL(12, response["usageMetadata"]["promptTokenCount"].GetInt());
        CPPUNIT_ASSERT_EQUAL(5, response["usageMetadata"]["candidatesTokenCount"].GetInt());
        CPPUNIT_ASSERT_EQUAL(2, response["usageMetadata"]["thoughtsTokenCount"].GetInt());
        CPPUNIT_ASSERT_EQUAL(std::string("gemini-2.5-pro"), std::string(response["modelVersion"].GetString()));
    }

    void aStreamIsAJsonArrayOrServerSentEvents() {
        const std::vector<std::string> canonical = {
            R"(data: {"id":"c1","choices":[{"index":0,"delta":{"role":"assistant","content":""}}]})" "\n\n",
            R"(data: {"id":"c1","choices":[{"index":0,"delta":{"content":"Hi"}}]})" "\n\n",
            R"(data: {"id":"c1","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"id":"call_1","function":{"name":"f","arguments":"{\"a\":"}}]}}]})" "\n\n",
            R"(data: {"id":"c1","choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"1}"}}]}}]})" "\n\n",
            R"(data: {"id":"c1","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]})" "\n\n",
            R"(data: {"id":"c1","choices":[],"usage":{"prompt_tokens":3,"completion_tokens":4,"total_tokens":7}})" "\n\n",
            "data: [DONE]\n\n",
        };
        for (bool sse : {false, true}) {
            dialects::GeminiStream stream("gemini-2.5-pro", sse);
            std::string written;
            const dialects::EventSink sink = [&](std::string_view piece) {
                written += piece;
                return true;
            };
            for (const std::string& event : canonical) CPPUNIT_ASSERT(stream.render(event, sink));
            CPPUNIT_ASSERT(stream.finish(sink));
            std::vector<rapidjson::Document> chunks;
            if (sse) {
                CPPUNIT_ASSERT_EQUAL(std::string("text/event-stream"), std::string(stream.contentType()));
                for (size_t at = 0; at < written.size();) {
                    const size_t end = written.find("\r\n\r\n", at);
                    chunks.push_back(testsupport::parsedJson(written.substr(at + 6, end - at - 6)));
                    at = end + 4;
                }
            } else {
                CPPUNIT_ASSERT_EQUAL(std::string("application/json"), std::string(stream.contentType()));
                auto array = testsupport::parsedJson(written);
                CPPUNIT_ASSERT(array.IsArray());
                for (auto& chunk : array.GetArray()) {
                    rapidjson::Document copy;
                    copy.CopyFrom(chunk, copy.GetAllocator());
                    chunks.push_back(std::move(copy));
                }
            }
            CPPUNIT_ASSERT_EQUAL(size_t(2), chunks.size());
            CPPUNIT_ASSERT_EQUAL(std::string("Hi"), std::string(chunks[0]["candidates"][0]["content"]["parts"][0]["text"].GetString()));
            const auto& last = chunks[1]["candidates"][0];
            CPPUNIT_ASSERT_EQUAL(1, last["content"]["parts"][0]["functionCall"]["args"]["a"].GetInt());
            CPPUNIT_ASSERT_EQUAL(std::string("STOP"), std::string(last["finishReason"].GetString()));
            CPPUNIT_ASSERT_EQUAL(7, chunks[1]["usageMetadata"]["totalTokenCount"].GetInt());
        }
    }

    void errorsTakeGooglesShape() {
        dialects::GeminiDialect dialect;
        auto body = testsupport::parsedJson(dialect.errorBody(http::ApiError(401, "invalid_request_error", "invalid_api_key", "Bad key.")));
        CPPUNIT_ASSERT_EQUAL(401, body["error"]["code"].GetInt());
        CPPUNIT_ASSERT_EQUAL(std::string("UNAUTHENTICATED"), std::string(body["error"]["status"].GetString()));
        CPPUNIT_ASSERT_EQUAL(std::string("Bad key."), std::string(body["error"]["message"].GetString()));
        dialects::GeminiStream array("m", false);
        auto failed = testsupport::parsedJson(array.errorEvent(http::ApiError(502, "upstream_error", "upstream_error", "failed")));
        CPPUNIT_ASSERT_EQUAL(std::string("INTERNAL"), std::string(failed[0]["error"]["status"].GetString()));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(GeminiDialectTest);
