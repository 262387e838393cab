// What the kernel validates of a chat request before any plugin sees it.
#include "http/ApiError.h"
#include "pipeline/ChatRequest.h"

#include <cppunit/extensions/HelperMacros.h>

using sluice::pipeline::ChatRequest;

namespace {

sluice::http::ApiError errorOf(const std::string& body) {
    try {
        ChatRequest::parse(body);
    } catch (const sluice::http::ApiError& e) {
        return e;
    }
    throw std::logic_error("no error for " + body);
}

}  // namespace

class ChatRequestTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ChatRequestTest);
    CPPUNIT_TEST(readsModelStreamAndUsageFlag);
    CPPUNIT_TEST(rejectsBadBodiesWith400);
    CPPUNIT_TEST(rejectsBodiesThatAreNotUtf8);
    CPPUNIT_TEST(rejectsARawNul);
    CPPUNIT_TEST(rejectsAMemberTheGatewayActsOnGivenTwice);
    CPPUNIT_TEST(refusesHostileNestingWithoutRecursingIntoIt);
    CPPUNIT_TEST_SUITE_END();

public:
    void readsModelStreamAndUsageFlag() {
        auto r = ChatRequest::parse(R"({"model":"gpt-4o","stream":true,"stream_options":{"include_usage":true},
                                       "messages":[{"role":"user","content":"hi"}]})");
        CPPUNIT_ASSERT_EQUAL(std::string("gpt-4o"), r.model);
        CPPUNIT_ASSERT(r.stream && r.includeUsage);
        CPPUNIT_ASSERT(!ChatRequest::parse(R"({"model":"m","stream":null,"messages":[{"role":"user"}]})").stream);
    }

    void rejectsBadBodiesWith400() {
        CPPUNIT_ASSERT_EQUAL(std::string("invalid_json"), errorOf("{").code());
        CPPUNIT_ASSERT_EQUAL(400, errorOf("{").status());
        CPPUNIT_ASSERT_EQUAL(std::string("invalid_json"), errorOf("[1]").code());
        CPPUNIT_ASSERT_EQUAL(std::string("missing_required_parameter"), errorOf(R"({"messages":[{"role":"user"}]})").code());
        CPPUNIT_ASSERT(std::string(errorOf(R"({"model":"","messages":[{"role":"user"}]})").what()).find("'model'") != std::string::npos);
        CPPUNIT_ASSERT(std::string(errorOf(R"({"model":"m","messages":[]})").what()).find("'messages'") != std::string::npos);
        CPPUNIT_ASSERT(std::string(errorOf(R"({"model":"m","messages":[{"content":"x"}]})").what()).find("messages[0].role") != std::string::npos);
        CPPUNIT_ASSERT(std::string(errorOf(R"({"model":"m","stream":"yes","messages":[{"role":"user"}]})").what()).find("'stream'") != std::string::npos);
    }

    /** JSON is UTF-8: an ill-formed byte, in a string or outside one, is refused where it stands. */
    void rejectsBodiesThatAreNotUtf8() {
        auto r = ChatRequest::parse("{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"你好 😀\"}]}");
        CPPUNIT_ASSERT_EQUAL(std::string("m"), r.model);
        const std::string bodies[] = {
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"caf\xe9\"}]}",  // Latin-1
            "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"\xed\xa0\x80\"}]}",  // surrogate
            "{\"model\":\"m\xc0\xaf\",\"messages\":[{\"role\":\"user\"}]}",  // overlong
        };
        for (const std::string& body : bodies) {
            sluice::http::ApiError error = errorOf(body);
            CPPUNIT_ASSERT_EQUAL(400, error.status());
            CPPUNIT_ASSERT_EQUAL(std::string("invalid_json"), error.code());
            CPPUNIT_ASSERT(std::string(error.what()).find("not valid UTF-8 at offset") != std::string::npos);
        }
    }

    void rejectsAMemberTheGatewayActsOnGivenTwice() {
        const std::string tail = R"("messages":[{"role":"user","content":"hi","model":"inner"}]})";
        for (std::string_view member : {R"("model":"gpt-4o",)", R"("stream":true,)", R"("stream_options":{},)"}) {
            sluice::http::ApiError error = errorOf(R"({"model":"gpt-4o-mini",)" + std::string(member) + R"("stream":false,"stream_options":null,)" + tail);
            CPPUNIT_ASSERT_EQUAL(400, error.status());
            CPPUNIT_ASSERT_EQUAL(std::string("duplicate_parameter"), error.code());
        }
        CPPUNIT_ASSERT_EQUAL(std::string("duplicate_parameter"),
                             errorOf(R"({"model":"m","messages":[{"role":"user"}],"messages":[{"role":"user"}]})").code());
        sluice::http::ApiError usage =
            errorOf(R"({"model":"m","stream":true,"stream_options":{"include_usage":true,"include_usage":false},)" + tail);
        CPPUNIT_ASSERT_EQUAL(std::string("duplicate_parameter"), usage.code());
        CPPUNIT_ASSERT(std::string(usage.what()).find("'stream_options.include_usage'") != std::string::npos);
        auto nested = ChatRequest::parse(R"({"model":"gpt-4o-mini","temperature":1,"temperature":0,)" + tail);
        CPPUNIT_ASSERT_EQUAL(std::string("gpt-4o-mini"), nested.model);  // a nested "model" and other members are not the gateway's
    }

    /** A raw NUL is not JSON, and nothing after one is ignored: the body is refused, not cut short. */
    void rejectsARawNul() {
        const std::string whole = R"({"model":"m","messages":[{"role":"user"}]})";
        const std::string inString = R"({"model":"m)" + std::string(1, '\0') + R"("})";
        for (const std::string& body : {whole + std::string(1, '\0') + "garbage", inString}) {
            sluice::http::ApiError error = errorOf(body);
            CPPUNIT_ASSERT_EQUAL(std::string("invalid_json"), error.code());
            CPPUNIT_ASSERT(std::string(error.what()).find("NUL byte at offset") != std::string::npos);
        }
        CPPUNIT_ASSERT_EQUAL(std::string("m"), ChatRequest::parse(whole).model);
    }

    /**
     * The probe's bodies: 90,000 '[' or 100,000 '{"a":' overflowed a loop's
     * stack. Both are now a 400 naming the limit, as is one level too many;
     * nesting at the limit still parses.
     */
    void refusesHostileNestingWithoutRecursingIntoIt() {
        std::string arrays(90000, '[');
        std::string objects;
        for (int i = 0; i < 100000; ++i) objects += R"({"a":)";
        for (const std::string& body : {arrays, objects}) {
            sluice::http::ApiError error = errorOf(body);
            CPPUNIT_ASSERT_EQUAL(400, error.status());
            CPPUNIT_ASSERT_EQUAL(std::string("invalid_json"), error.code());
            CPPUNIT_ASSERT(std::string(error.what()).find("deeper than 512 levels") != std::string::npos);
        }
        auto nested = [](int depth) {
            return R"({"model":"m","messages":[{"role":"user"}],"x":)" + std::string(depth - 1, '[') +
                   std::string(depth - 1, ']') + "}";
        };
        CPPUNIT_ASSERT_EQUAL(std::string("m"), ChatRequest::parse(nested(512)).model);
        CPPUNIT_ASSERT(std::string(errorOf(nested(513)).what()).find("deeper than 512") != std::string::npos);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ChatRequestTest);
