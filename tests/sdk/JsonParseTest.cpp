// The SDK's bounded JSON parse: hostile nesting is refused, never recursed into.
#include <sluice/json.hpp>

#include <cppunit/extensions/HelperMacros.h>

#include <string>

namespace {

std::string nestedArrays(size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

}  // namespace

class JsonParseTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(JsonParseTest);
    CPPUNIT_TEST(parsesNestingUpToTheLimit);
    CPPUNIT_TEST(refusesAMillionLevelsInEveryForm);
    CPPUNIT_TEST(reportsOrdinaryErrorsWithTheirOffset);
    CPPUNIT_TEST(honoursAGivenLimit);
    CPPUNIT_TEST_SUITE_END();

public:
    void parsesNestingUpToTheLimit() {
        rapidjson::Document doc;
        CPPUNIT_ASSERT(sluice::json::parse(doc, nestedArrays(sluice::json::kMaxDepth)).ok());
        CPPUNIT_ASSERT(doc.IsArray());
        sluice::json::StackDocument<> stackDoc;
        const std::string terminated = R"({"usage":{"prompt_tokens":3}})";
        CPPUNIT_ASSERT(stackDoc.parseTerminated(terminated.c_str()).ok());
        CPPUNIT_ASSERT_EQUAL(3, (*stackDoc)["usage"]["prompt_tokens"].GetInt());
    }

    /** A million levels would overflow any thread's stack if the parse recursed. */
    void refusesAMillionLevelsInEveryForm() {
        std::string objects;
        for (int i = 0; i < 1000000; ++i) objects += R"({"a":)";
        const std::string arrays(1000000, '[');
        for (const std::string& text : {objects, arrays}) {
            rapidjson::Document doc;
            sluice::json::ParseResult result = sluice::json::parse(doc, text);
            CPPUNIT_ASSERT(!result.ok() && result.tooDeep);
            CPPUNIT_ASSERT(doc.IsNull());
            CPPUNIT_ASSERT(result.message().find("deeper than 512 levels") != std::string::npos);
            sluice::json::StackDocument<> stackDoc;
            CPPUNIT_ASSERT(stackDoc.parseTerminated(text.c_str()).tooDeep);
            CPPUNIT_ASSERT(stackDoc.parse<rapidjson::kParseStopWhenDoneFlag>(text).tooDeep);
        }
        rapidjson::Document doc;
        CPPUNIT_ASSERT(!sluice::json::parse(doc, nestedArrays(sluice::json::kMaxDepth + 1)).ok());
    }

    void reportsOrdinaryErrorsWithTheirOffset() {
        rapidjson::Document doc;
        sluice::json::ParseResult result = sluice::json::parse(doc, R"({"a":1,})");
        CPPUNIT_ASSERT(!result.ok() && !result.tooDeep);
        CPPUNIT_ASSERT(result.message().find("at offset 7") != std::string::npos);
    }

    void honoursAGivenLimit() {
        rapidjson::Document doc;
        CPPUNIT_ASSERT(sluice::json::parse(doc, "[[1]]", 2).ok());
        sluice::json::ParseResult result = sluice::json::parse(doc, "[[[1]]]", 2);
        CPPUNIT_ASSERT(result.tooDeep);
        CPPUNIT_ASSERT(result.message().find("deeper than 2 levels") != std::string::npos);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(JsonParseTest);
