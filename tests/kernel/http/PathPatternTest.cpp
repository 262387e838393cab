// Route patterns: Gemini's models/{model}:{action}, one-segment ids, and exact paths.
#include "http/PathPattern.h"

#include <cppunit/extensions/HelperMacros.h>

using sluice::http::PathParams;
using sluice::http::PathPattern;

class PathPatternTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(PathPatternTest);
    CPPUNIT_TEST(exactPathsCompareWhole);
    CPPUNIT_TEST(capturesStopAtTheNextLiteral);
    CPPUNIT_TEST(capturesNeverCrossASlashOrMatchNothing);
    CPPUNIT_TEST(malformedPatternsAreRefused);
    CPPUNIT_TEST_SUITE_END();

public:
    void exactPathsCompareWhole() {
        PathPattern pattern("/v1/messages");
        CPPUNIT_ASSERT(pattern.match("/v1/messages"));
        CPPUNIT_ASSERT(!pattern.match("/v1/messages/count_tokens"));
        CPPUNIT_ASSERT(!pattern.match("/v1/message"));
    }

    void capturesStopAtTheNextLiteral() {
        PathPattern gemini("/v1beta/models/{model}:streamGenerateContent");
        PathParams params;
        CPPUNIT_ASSERT(gemini.match("/v1beta/models/gemini-2.5-pro:streamGenerateContent", &params));
        CPPUNIT_ASSERT_EQUAL(size_t(1), params.size());
        CPPUNIT_ASSERT_EQUAL(std::string("model"), params[0].first);
        CPPUNIT_ASSERT_EQUAL(std::string("gemini-2.5-pro"), params[0].second);
        CPPUNIT_ASSERT(!gemini.match("/v1beta/models/gemini-2.5-pro:generateContent"));
        PathPattern id("/v1/responses/{id}");
        params.clear();
        CPPUNIT_ASSERT(id.match("/v1/responses/resp_123", &params));
        CPPUNIT_ASSERT_EQUAL(std::string("resp_123"), params[0].second);
    }

    void capturesNeverCrossASlashOrMatchNothing() {
        PathPattern id("/v1/responses/{id}");
        PathParams params;
        CPPUNIT_ASSERT(!id.match("/v1/responses/resp_1/cancel", &params));
        CPPUNIT_ASSERT(!id.match("/v1/responses/", &params));
        CPPUNIT_ASSERT(params.empty());  // a failed match leaves nothing behind
        PathPattern gemini("/v1beta/models/{model}:countTokens");
        CPPUNIT_ASSERT(!gemini.match("/v1beta/models/a/b:countTokens"));
        CPPUNIT_ASSERT(!gemini.match("/v1beta/models/:countTokens"));
    }

    void malformedPatternsAreRefused() {
        CPPUNIT_ASSERT_THROW(PathPattern("/v1/{id"), std::invalid_argument);
        CPPUNIT_ASSERT_THROW(PathPattern("/v1/{}"), std::invalid_argument);
        CPPUNIT_ASSERT_THROW(PathPattern("/v1/{a}{b}"), std::invalid_argument);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(PathPatternTest);
