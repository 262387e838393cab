// OpenAI Responses to the canonical chat model and back: requests, continued conversations, bodies, streams and errors.
#include "dialects/responses/ResponsesDialect.h"
#include "dialects/responses/ResponsesRequest.h"
#include "dialects/responses/ResponsesResponse.h"
#include "dialects/responses/ResponsesStream.h"
#include "kernel/dialects/DialectTestSupport.h"
#include "support/TempDir.h"

#include <cppunit/extensions/HelperMacros.h>

#include <string>
#include <vector>

using namespace sluice;

namespace {

using testsupport::namedEvents;
using testsupport::renderAll;

rapidjson::Document parsed(const std::string& text) { return testsupport::parsedJson(text); }

std::string str(const rapidjson::Value& value) { return {value.GetString(), value.GetStringLength()}; }

/** The canonical body of a Responses body, continuing previous when given; turn gets what the answer needs. */
std::string canonical(const std::string& body, dialects::ResponsesTurn& turn, const store::StoredResponse* previous = nullptr) {
    return dialects::ResponsesRequest(body).toCanonical(previous, turn);
}

/** The error a Responses body is refused with. */
http::ApiError errorOf(const std::string& body) {
    try {
        dialects::ResponsesTurn turn;
        canonical(body, turn);
    } catch (const http::ApiError& e) {
        return e;
    }
    throw std::logic_error("no error for " + body);
}

dialects::ResponsesTurn aTurn() {
    dialects::ResponsesTurn turn;
    turn.id = "resp_0123abcd";
    turn.createdAt = 1700000000;
    turn.model = "gpt-4.1";
    turn.echo = R"("instructions":null,"store":true)";
    return turn;
}

/** A dialect for turn, with an archive that the tests here never reach (none keeps an answer). */
struct DialectUnderTest {
    explicit DialectUnderTest(dialects::ResponsesTurn turn) : dialect(archive, std::move(turn)) {}

    testsupport::TempDir dir;
    store::Database database{dir.sqliteUrl(), 1};
    exec::Executor executor{"responses-test", 1, 1};
    dialects::ResponseArchive archive{database, executor};
    dialects::ResponsesDialect dialect;
};

const std::string kConversation = R"json({
  "model": "gpt-4.1", "stream": true, "instructions": "Be brief.", "max_output_tokens": 300, "temperature": 0.3,
  "top_p": 0.9, "store": false, "parallel_tool_calls": false, "user": "u-42", "metadata": {"k": "v"},
  "reasoning": {"effort": "low"}, "include": ["reasoning.encrypted_content"],
  "tools": [{"type": "function", "name": "get_weather", "description": "Weather", "strict": true,
             "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}],
  "tool_choice": {"type": "function", "name": "get_weather"},
  "text": {"format": {"type": "json_schema", "name": "answer", "strict": true, "schema": {"type": "object"}}},
  "input": [
    {"role": "developer", "content": "Answer in French."},
    {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "Look:"},
                                                     {"type": "input_image", "image_url": "data:image/png;base64,iVBOR", "detail": "low"}]},
    {"type": "reasoning", "id": "rs_1", "summary": [], "encrypted_content": "opaque"},
    {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": "Checking.", "annotations": []}]},
    {"type": "function_call", "call_id": "call_1", "name": "get_weather", "arguments": "{\"city\":\"Paris\"}"},
    {"type": "function_call", "call_id": "call_2", "name": "get_weather", "arguments": "{\"city\":\"Lyon\"}"},
    {"role": "user", "content": "(said while the tools ran)"},
    {"type": "function_call_output", "call_id": "call_1", "output": "18 C"},
    {"type": "function_call_output", "call_id": "call_2", "output": [{"type": "input_text", "text": "21 C"}]},
    {"role": "user", "content": "So?"}
  ]})json";

const std::string kCompletion = R"({"id":"chatcmpl-9","object":"chat.completion","choices":[{"index":0,
    "message":{"role":"assistant","content":"Let me check.","tool_calls":[{"id":"call_7","type":"function",
    "function":{"name":"get_weather","arguments":"{\"city\":\"Paris\"}"}}]},"finish_reason":"tool_calls"}],
    "usage":{"prompt_tokens":120,"completion_tokens":15,"total_tokens":135,"prompt_tokens_details":{"cached_tokens":100},
             "completion_tokens_details":{"reasoning_tokens":4}}})";

}  // namespace

class ResponsesDialectTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ResponsesDialectTest);
    CPPUNIT_TEST(aConversationWithCallsAndOutputsBecomesTheCanonicalRequest);
    CPPUNIT_TEST(aStoredResponseIsContinued);
    CPPUNIT_TEST(aNamespacesFunctionsTravelAsChatFunctionsAndComeBackNamespaced);
    CPPUNIT_TEST(badRequestsNameTheFieldInParam);
    CPPUNIT_TEST(aCompletionBecomesAResponse);
    CPPUNIT_TEST(aStreamOfTextAndToolCallsBecomesTheResponsesEvents);
    CPPUNIT_TEST(aStreamCutByMaxTokensEndsIncomplete);
    CPPUNIT_TEST(errorsKeepOpenAIsShapeWithTheirParam);
    CPPUNIT_TEST_SUITE_END();

public:
    void aConversationWithCallsAndOutputsBecomesTheCanonicalRequest() {
        dialects::ResponsesTurn turn;
        auto doc = parsed(canonical(kConversation, turn));
        CPPUNIT_ASSERT_EQUAL(std::string("gpt-4.1"), str(doc["model"]));
        CPPUNIT_ASSERT_EQUAL(300, doc["max_tokens"].GetInt());
        CPPUNIT_ASSERT_EQUAL(0.3, doc["temperature"].GetDouble());
        CPPUNIT_ASSERT_EQUAL(0.9, doc["top_p"].GetDouble());
        CPPUNIT_ASSERT_EQUAL(std::string("u-42"), str(doc["user"]));
        CPPUNIT_ASSERT(doc["stream"].GetBool() && doc["stream_options"]["include_usage"].GetBool());
        CPPUNIT_ASSERT(!doc["parallel_tool_calls"].GetBool());
        for (const char* left : {"input", "instructions", "store", "metadata", "reasoning", "include", "text", "max_output_tokens"})
            CPPUNIT_ASSERT_MESSAGE(left, !doc.HasMember(left));
        const auto& tool = doc["tools"][0];
        CPPUNIT_ASSERT_EQUAL(std::string("function"), str(tool["type"]));
        CPPUNIT_ASSERT_EQUAL(std::string("get_weather"), str(tool["function"]["name"]));
        CPPUNIT_ASSERT(tool["function"]["strict"].GetBool());
        CPPUNIT_ASSERT_EQUAL(std::string("object"), str(tool["function"]["parameters"]["type"]));
        CPPUNIT_ASSERT_EQUAL(std::string("get_weather"), str(doc["tool_choice"]["function"]["name"]));
        CPPUNIT_ASSERT_EQUAL(std::string("json_schema"), str(doc["response_format"]["type"]));
        CPPUNIT_ASSERT_EQUAL(std::string("answer"), str(doc["response_format"]["json_schema"]["name"]));

        const auto& messages = doc["messages"];
        std::vector<std::string> roles;
        for (const auto& message : messages.GetArray()) roles.push_back(str(message["role"]));
        const std::vector<std::string> expected = {"system", "system", "user", "assistant", "tool", "tool", "user", "user"};
        CPPUNIT_ASSERT(roles == expected);
        CPPUNIT_ASSERT_EQUAL(std::string("Be brief."), str(messages[0]["content"]));
        CPPUNIT_ASSERT_EQUAL(std::string("Answer in French."), str(messages[1]["content"]));
        CPPUNIT_ASSERT_EQUAL(std::string("Look:"), str(messages[2]["content"][0]["text"]));
        CPPUNIT_ASSERT_EQUAL(std::string("data:image/png;base64,iVBOR"), str(messages[2]["content"][1]["image_url"]["url"]));
        CPPUNIT_ASSERT_EQUAL(std::string("low"), str(messages[2]["content"][1]["image_url"]["detail"]));
        CPPUNIT_ASSERT_EQUAL(std::string("Checking."), str(messages[3]["content"]));  // the text and the calls: one message
        CPPUNIT_ASSERT_EQUAL(2u, messages[3]["tool_calls"].Size());
        CPPUNIT_ASSERT_EQUAL(std::string("call_2"), str(messages[3]["tool_calls"][1]["id"]));
        CPPUNIT_ASSERT_EQUAL(std::string(R"({"city":"Lyon"})"), str(messages[3]["tool_calls"][1]["function"]["arguments"]));
        CPPUNIT_ASSERT_EQUAL(std::string("call_1"), str(messages[4]["tool_call_id"]));
        CPPUNIT_ASSERT_EQUAL(std::string("18 C"), str(messages[4]["content"]));
        CPPUNIT_ASSERT_EQUAL(std::string("21 C"), str(messages[5]["content"]));
        CPPUNIT_ASSERT_EQUAL(std::string("(said while the tools ran)"), str(messages[6]["content"]));  // after the outputs
        CPPUNIT_ASSERT_EQUAL(std::string("So?"), str(messages[7]["content"]));

        CPPUNIT_ASSERT_EQUAL(std::string("gpt-4.1"), turn.model);
        CPPUNIT_ASSERT(!turn.store);
        CPPUNIT_ASSERT_EQUAL(7u, parsed(turn.conversation).Size());  // the instructions are not part of the conversation
        auto echo = parsed("{" + turn.echo + "}");
        CPPUNIT_ASSERT_EQUAL(std::string("Be brief."), str(echo["instructions"]));
        CPPUNIT_ASSERT_EQUAL(std::string("get_weather"), str(echo["tools"][0]["name"]));
        CPPUNIT_ASSERT(!echo["store"].GetBool());
        CPPUNIT_ASSERT_EQUAL(std::string("disabled"), str(echo["truncation"]));

        pipeline::ChatRequest request = DialectUnderTest(turn).dialect.parse(canonical(kConversation, turn), http::RequestContext{});
        CPPUNIT_ASSERT(request.stream && request.includeUsage);
        CPPUNIT_ASSERT_EQUAL(std::string("gpt-4.1"), request.model);

        auto plain = parsed(canonical(R"({"model":"m","input":"Hello","tools":[]})", turn));
        CPPUNIT_ASSERT_EQUAL(1u, plain["messages"].Size());
        CPPUNIT_ASSERT_EQUAL(std::string("Hello"), str(plain["messages"][0]["content"]));
        CPPUNIT_ASSERT(!plain.HasMember("tools") && !plain.HasMember("stream"));
        CPPUNIT_ASSERT(turn.store);
    }

    void aStoredResponseIsContinued() {
        const store::StoredResponse previous{
            "resp_1", 7, 1700000000, R"([{"role":"user","content":"Weather in Paris?"}])",
            R"({"id":"resp_1","object":"response","status":"completed","output":[
                {"id":"fc_1","type":"function_call","status":"completed","call_id":"call_1","name":"get_weather","arguments":"{}"}]})"};
        dialects::ResponsesTurn turn;
        auto doc = parsed(canonical(R"({"model":"m","instructions":"New rules.","previous_response_id":"resp_1",
            "input":[{"type":"function_call_output","call_id":"call_1","output":"18 C"}]})", turn, &previous));
        const auto& messages = doc["messages"];
        CPPUNIT_ASSERT_EQUAL(4u, messages.Size());
        CPPUNIT_ASSERT_EQUAL(std::string("New rules."), str(messages[0]["content"]));
        CPPUNIT_ASSERT_EQUAL(std::string("Weather in Paris?"), str(messages[1]["content"]));
        CPPUNIT_ASSERT(messages[2]["content"].IsNull());
        CPPUNIT_ASSERT_EQUAL(std::string("call_1"), str(messages[2]["tool_calls"][0]["id"]));
        CPPUNIT_ASSERT_EQUAL(std::string("tool"), str(messages[3]["role"]));
        CPPUNIT_ASSERT_EQUAL(3u, parsed(turn.conversation).Size());
        CPPUNIT_ASSERT_EQUAL(std::string("resp_1"), dialects::ResponsesRequest(R"({"previous_response_id":"resp_1"})").previousResponseId());
        auto echo = parsed("{" + turn.echo + "}");
        CPPUNIT_ASSERT_EQUAL(std::string("resp_1"), str(echo["previous_response_id"]));
    }

    void aNamespacesFunctionsTravelAsChatFunctionsAndComeBackNamespaced() {
        dialects::ResponsesTurn turn = aTurn();
        auto doc = parsed(canonical(R"({"model":"m","tools":[{"type":"namespace","name":"agents","description":"Sub-agents",
            "tools":[{"type":"function","name":"spawn","parameters":{"type":"object"}}]}],"input":[
            {"role":"user","content":"Go"},
            {"type":"function_call","call_id":"c1","namespace":"agents","name":"spawn","arguments":"{}"},
            {"type":"function_call_output","call_id":"c1","output":"spawned"}]})", turn));
        CPPUNIT_ASSERT_EQUAL(std::string("agents__spawn"), str(doc["tools"][0]["function"]["name"]));
        CPPUNIT_ASSERT_EQUAL(std::string("agents__spawn"), str(doc["messages"][1]["tool_calls"][0]["function"]["name"]));
        CPPUNIT_ASSERT(turn.namespaces == std::vector<std::string>{"agents"});
        auto response = parsed(dialects::ResponsesResponse::fromCanonical(
            R"({"choices":[{"message":{"role":"assistant","content":null,"tool_calls":[{"id":"c2","type":"function",
                "function":{"name":"agents__spawn","arguments":"{}"}}]},"finish_reason":"tool_calls"}]})", turn));
        CPPUNIT_ASSERT_EQUAL(std::string("agents"), str(response["output"][0]["namespace"]));
        CPPUNIT_ASSERT_EQUAL(std::string("spawn"), str(response["output"][0]["name"]));
        CPPUNIT_ASSERT(!parsed(dialects::ResponsesResponse::fromCanonical(kCompletion, turn))["output"][1].HasMember("namespace"));
    }

    void badRequestsNameTheFieldInParam() {
        const auto refused = [](const std::string& body, const std::string& param, const std::string& code) {
            const http::ApiError error = errorOf(body);
            CPPUNIT_ASSERT_EQUAL_MESSAGE(body, 400, error.status());
            CPPUNIT_ASSERT_EQUAL_MESSAGE(body, param, error.param());
            CPPUNIT_ASSERT_EQUAL_MESSAGE(body, code, error.code());
            return std::string(error.what());
        };
        CPPUNIT_ASSERT(refused(R"({"model":"m","input":"x","tools":[{"type":"web_search"}]})", "tools[0].type", "unsupported_value")
                           .find("'web_search' are not supported") != std::string::npos);
        CPPUNIT_ASSERT_EQUAL(std::string("Missing required parameter: 'input[0].call_id'."),
                             refused(R"({"model":"m","input":[{"type":"function_call","name":"f","arguments":"{}"}]})",
                                     "input[0].call_id", "missing_required_parameter"));
        CPPUNIT_ASSERT_EQUAL(std::string("No tool call found for function call output with call_id call_9."),
                             refused(R"({"model":"m","input":[{"type":"function_call_output","call_id":"call_9","output":"x"}]})",
                                     "input[0].call_id", "unsupported_value"));
        refused(R"({"model":"m","input":[{"type":"function_call","call_id":"c","name":"f","arguments":"{}"}]})", "input",
                "unsupported_value");
        CPPUNIT_ASSERT_EQUAL(std::string("Invalid type for 'input': expected a string or an array of input items, but got an object instead."),
                             refused(R"({"model":"m","input":{}})", "input", "invalid_type"));
        refused(R"({"model":"m","input":[{"role":"tool","content":"x"}]})", "input[0].role", "invalid_value");
        refused(R"({"model":"m","input":[{"type":"web_search_call","id":"ws_1"}]})", "input[0].type", "unsupported_value");
        refused(R"({"model":"m","input":[{"role":"user","content":[{"type":"input_image","file_id":"file-1"}]}]})",
                "input[0].content[0].file_id", "unsupported_value");
        refused(R"({"model":"m","input":"x","tools":[{"type":"namespace","name":"n","tools":[{"type":"custom","name":"c"}]}]})",
                "tools[0].tools[0].type", "unsupported_value");
        refused(R"({"model":"m","input":"x","tool_choice":{"type":"web_search_preview"},"tools":[{"type":"function","name":"f"}]})",
                "tool_choice.type", "unsupported_value");
        refused(R"({"model":"m","input":"x","text":{"format":{"type":"json_schema","name":"a"}}})", "text.format.schema",
                "missing_required_parameter");
        refused(R"({"input":"x"})", "model", "missing_required_parameter");
        refused(R"({"model":"m"})", "input", "missing_required_parameter");
        refused(R"({"model":"m","input":"x","max_output_tokens":"many"})", "max_output_tokens", "invalid_type");
        refused(R"({"model":"m","input":"x","background":true})", "background", "unsupported_value");
        CPPUNIT_ASSERT_THROW(dialects::ResponsesRequest(R"({"model":"m","previous_response_id":5})"), http::ApiError);
        CPPUNIT_ASSERT_THROW(dialects::ResponsesRequest(R"({"model":"m","store":"yes"})"), http::ApiError);
        try {
            dialects::ResponsesRequest request(std::string(100000, '['));
            CPPUNIT_FAIL("a deep body was accepted");
        } catch (const http::ApiError& e) {
            CPPUNIT_ASSERT(std::string(e.what()).find("deeper than 512 levels") != std::string::npos);
        }
    }

    void aCompletionBecomesAResponse() {
        auto response = parsed(dialects::ResponsesResponse::fromCanonical(kCompletion, aTurn()));
        CPPUNIT_ASSERT_EQUAL(std::string("resp_0123abcd"), str(response["id"]));
        CPPUNIT_ASSERT_EQUAL(std::string("response"), str(response["object"]));
        CPPUNIT_ASSERT_EQUAL(1700000000, response["created_at"].GetInt());
        CPPUNIT_ASSERT_EQUAL(std::string("completed"), str(response["status"]));
        CPPUNIT_ASSERT(response["error"].IsNull() && response["incomplete_details"].IsNull());
        CPPUNIT_ASSERT_EQUAL(std::string("gpt-4.1"), str(response["model"]));
        CPPUNIT_ASSERT(response["store"].GetBool() && response["instructions"].IsNull());  // the echoed request fields
        const auto& output = response["output"];
        CPPUNIT_ASSERT_EQUAL(2u, output.Size());
        CPPUNIT_ASSERT_EQUAL(std::string("message"), str(output[0]["type"]));
        CPPUNIT_ASSERT_EQUAL(std::string("msg_0123abcd"), str(output[0]["id"]));
        CPPUNIT_ASSERT_EQUAL(std::string("assistant"), str(output[0]["role"]));
        CPPUNIT_ASSERT_EQUAL(std::string("completed"), str(output[0]["status"]));
        CPPUNIT_ASSERT_EQUAL(std::string("output_text"), str(output[0]["content"][0]["type"]));
        CPPUNIT_ASSERT_EQUAL(std::string("Let me check."), str(output[0]["content"][0]["text"]));
        CPPUNIT_ASSERT(output[0]["content"][0]["annotations"].IsArray());
        CPPUNIT_ASSERT_EQUAL(std::string("function_call"), str(output[1]["type"]));
        CPPUNIT_ASSERT_EQUAL(std::string("fc_0123abcd_1"), str(output[1]["id"]));
        CPPUNIT_ASSERT_EQUAL(std::string("call_7"), str(output[1]["call_id"]));
        CPPUNIT_ASSERT_EQUAL(std::string("get_weather"), str(output[1]["name"]));
        CPPUNIT_ASSERT_EQUAL(std::string(R"({"city":"Paris"})"), str(output[1]["arguments"]));
        const auto& usage = response["usage"];
        CPPUNIT_ASSERT_EQUAL(120, usage["input_tokens"].GetInt());
        CPPUNIT_ASSERT_EQUAL(100, usage["input_tokens_details"]["cached_tokens"].GetInt());
        CPPUNIT_ASSERT_EQUAL(15, usage["output_tokens"].GetInt());
        CPPUNIT_ASSERT_EQUAL(4, usage["output_tokens_details"]["reasoning_tokens"].GetInt());
        CPPUNIT_ASSERT_EQUAL(135, usage["total_tokens"].GetInt());

        auto cut = parsed(dialects::ResponsesResponse::fromCanonical(
            R"({"choices":[{"message":{"role":"assistant","content":"Once upon"},"finish_reason":"length"}]})", aTurn()));
        CPPUNIT_ASSERT_EQUAL(std::string("incomplete"), str(cut["status"]));
        CPPUNIT_ASSERT_EQUAL(std::string("max_output_tokens"), str(cut["incomplete_details"]["reason"]));
        CPPUNIT_ASSERT_EQUAL(1u, cut["output"].Size());
        CPPUNIT_ASSERT_THROW(dialects::ResponsesResponse::fromCanonical("<html>", aTurn()), std::invalid_argument);
    }

    void aStreamOfTextAndToolCallsBecomesTheResponsesEvents() {
        const dialects::ResponsesTurn turn = aTurn();
        dialects::ResponsesStream stream(turn);
        auto got = namedEvents(renderAll(stream, testsupport::textThenToolCallStream()));
        std::vector<std::string> names;
        for (const auto& [name, data] : got) names.push_back(name);
        const std::vector<std::string> expected = {
            "response.created", "response.in_progress",
            "response.output_item.added", "response.content_part.added",
            "response.output_text.delta", "response.output_text.delta",
            "response.output_text.done", "response.content_part.done", "response.output_item.done",
            "response.output_item.added",
            "response.function_call_arguments.delta", "response.function_call_arguments.delta",
            "response.function_call_arguments.done", "response.output_item.done",
            "response.completed"};
        CPPUNIT_ASSERT(names == expected);
        for (size_t i = 0; i < got.size(); ++i) {
            CPPUNIT_ASSERT_EQUAL(got[i].first, str(got[i].second["type"]));  // the event line names the data's type
            CPPUNIT_ASSERT_EQUAL(static_cast<int>(i), got[i].second["sequence_number"].GetInt());
        }
        CPPUNIT_ASSERT_EQUAL(std::string("in_progress"), str(got[0].second["response"]["status"]));
        CPPUNIT_ASSERT_EQUAL(std::string("resp_0123abcd"), str(got[0].second["response"]["id"]));
        CPPUNIT_ASSERT(got[0].second["response"]["usage"].IsNull());
        CPPUNIT_ASSERT_EQUAL(std::string("message"), str(got[2].second["item"]["type"]));
        CPPUNIT_ASSERT_EQUAL(0u, got[2].second["item"]["content"].Size());
        CPPUNIT_ASSERT_EQUAL(std::string("msg_0123abcd"), str(got[4].second["item_id"]));
        CPPUNIT_ASSERT_EQUAL(0, got[4].second["output_index"].GetInt());
        CPPUNIT_ASSERT_EQUAL(0, got[4].second["content_index"].GetInt());
        CPPUNIT_ASSERT_EQUAL(std::string("Hi "), str(got[4].second["delta"]));
        CPPUNIT_ASSERT_EQUAL(std::string("Hi there"), str(got[6].second["text"]));
        CPPUNIT_ASSERT_EQUAL(std::string("Hi there"), str(got[7].second["part"]["text"]));
        CPPUNIT_ASSERT_EQUAL(std::string("Hi there"), str(got[8].second["item"]["content"][0]["text"]));
        const auto& call = got[9].second["item"];
        CPPUNIT_ASSERT_EQUAL(std::string("function_call"), str(call["type"]));
        CPPUNIT_ASSERT_EQUAL(std::string("call_1"), str(call["call_id"]));
        CPPUNIT_ASSERT_EQUAL(std::string("get_weather"), str(call["name"]));
        CPPUNIT_ASSERT_EQUAL(std::string("in_progress"), str(call["status"]));
        CPPUNIT_ASSERT_EQUAL(1, got[10].second["output_index"].GetInt());
        CPPUNIT_ASSERT_EQUAL(std::string(R"({"city":"Paris"})"), str(got[10].second["delta"]) + str(got[11].second["delta"]));
        CPPUNIT_ASSERT_EQUAL(std::string(R"({"city":"Paris"})"), str(got[12].second["arguments"]));
        CPPUNIT_ASSERT_EQUAL(std::string(R"({"city":"Paris"})"), str(got[13].second["item"]["arguments"]));
        const auto& completed = got[14].second["response"];
        CPPUNIT_ASSERT_EQUAL(std::string("completed"), str(completed["status"]));
        CPPUNIT_ASSERT_EQUAL(2u, completed["output"].Size());
        CPPUNIT_ASSERT_EQUAL(30, completed["usage"]["input_tokens"].GetInt());
        CPPUNIT_ASSERT_EQUAL(9, completed["usage"]["output_tokens"].GetInt());
        CPPUNIT_ASSERT_EQUAL(39, completed["usage"]["total_tokens"].GetInt());
        CPPUNIT_ASSERT(parsed(stream.answer()) == completed);  // what is stored is what response.completed carried
    }

    void aStreamCutByMaxTokensEndsIncomplete() {
        const dialects::ResponsesTurn turn = aTurn();
        dialects::ResponsesStream stream(turn);
        auto got = namedEvents(
            renderAll(stream, {R"(data: {"choices":[{"index":0,"delta":{"content":"Once"},"finish_reason":"length"}]})" "\n\n"}));
        CPPUNIT_ASSERT_EQUAL(std::string("response.incomplete"), got.back().first);
        CPPUNIT_ASSERT_EQUAL(std::string("max_output_tokens"), str(got.back().second["response"]["incomplete_details"]["reason"]));
    }

    void errorsKeepOpenAIsShapeWithTheirParam() {
        const dialects::ResponsesTurn turn = aTurn();
        const DialectUnderTest underTest(turn);
        const dialects::ResponsesDialect& dialect = underTest.dialect;
        auto body = parsed(dialect.errorBody(errorOf(R"({"model":"m","input":5})")));
        CPPUNIT_ASSERT_EQUAL(std::string("invalid_request_error"), str(body["error"]["type"]));
        CPPUNIT_ASSERT_EQUAL(std::string("input"), str(body["error"]["param"]));
        CPPUNIT_ASSERT_EQUAL(std::string("invalid_type"), str(body["error"]["code"]));
        CPPUNIT_ASSERT(parsed(dialect.errorBody(http::ApiError(401, "invalid_request_error", "invalid_api_key", "Bad key.")))
                           ["error"]["param"].IsNull());

        dialects::ResponsesStream stream(turn);
        const dialects::EventSink ignore = [](std::string_view) { return true; };
        stream.render(R"(data: {"choices":[{"index":0,"delta":{"content":"Hi"}}]})" "\n\n", ignore);
        auto got = namedEvents(stream.errorEvent(http::ApiError(502, "upstream_error", "upstream_error", "The upstream provider failed")));
        CPPUNIT_ASSERT_EQUAL(2u, static_cast<unsigned>(got.size()));
        CPPUNIT_ASSERT_EQUAL(std::string("error"), got[0].first);
        CPPUNIT_ASSERT_EQUAL(std::string("upstream_error"), str(got[0].second["code"]));
        CPPUNIT_ASSERT_EQUAL(std::string("The upstream provider failed"), str(got[0].second["message"]));
        CPPUNIT_ASSERT_EQUAL(5, got[0].second["sequence_number"].GetInt());  // after created, in_progress, added x2, delta
        CPPUNIT_ASSERT_EQUAL(std::string("response.failed"), got[1].first);
        CPPUNIT_ASSERT_EQUAL(6, got[1].second["sequence_number"].GetInt());
        CPPUNIT_ASSERT_EQUAL(std::string("failed"), str(got[1].second["response"]["status"]));
        CPPUNIT_ASSERT_EQUAL(std::string("upstream_error"), str(got[1].second["response"]["error"]["code"]));
        CPPUNIT_ASSERT_EQUAL(std::string("Hi"), str(got[1].second["response"]["output"][0]["content"][0]["text"]));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ResponsesDialectTest);
