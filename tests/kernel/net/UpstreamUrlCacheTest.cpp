// A client's cache of parsed upstream URLs: the same parts for the same text, bounded, never holding invalid URLs.
#include "net/UpstreamUrlCache.h"

#include <cppunit/extensions/HelperMacros.h>

#include <string>

using namespace sluice::net;

class UpstreamUrlCacheTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(UpstreamUrlCacheTest);
    CPPUNIT_TEST(answersAKnownUrlWithTheSameParts);
    CPPUNIT_TEST(keepsUrlsOfOneOriginApart);
    CPPUNIT_TEST(neverKeepsAnInvalidUrl);
    CPPUNIT_TEST(startsOverWhenFull);
    CPPUNIT_TEST_SUITE_END();

public:
    void answersAKnownUrlWithTheSameParts() {
        UpstreamUrlCache cache;
        std::string text = "http://127.0.0.1:8080/v1/chat/completions";
        auto first = cache.find(text);
        auto second = cache.find(std::string(text));  // equal text in another buffer
        CPPUNIT_ASSERT(first);
        CPPUNIT_ASSERT(first == second);
        CPPUNIT_ASSERT_EQUAL(std::string("127.0.0.1"), first->host);
        CPPUNIT_ASSERT_EQUAL(uint16_t(8080), first->port);
        CPPUNIT_ASSERT_EQUAL(std::string("/v1/chat/completions"), first->target);
        CPPUNIT_ASSERT_EQUAL(size_t(1), cache.size());
    }

    void keepsUrlsOfOneOriginApart() {
        UpstreamUrlCache cache;
        auto chat = cache.find("https://api.example.com/v1/chat/completions");
        auto models = cache.find("https://api.example.com/v1/models");
        CPPUNIT_ASSERT(chat && models && chat != models);
        CPPUNIT_ASSERT_EQUAL(std::string("/v1/chat/completions"), chat->target);
        CPPUNIT_ASSERT_EQUAL(std::string("/v1/models"), models->target);
        CPPUNIT_ASSERT_EQUAL(chat->poolKey, models->poolKey);
    }

    void neverKeepsAnInvalidUrl() {
        UpstreamUrlCache cache;
        CPPUNIT_ASSERT(!cache.find("ftp://example.com/"));
        CPPUNIT_ASSERT(!cache.find("http://example.com/a b"));
        CPPUNIT_ASSERT_EQUAL(size_t(0), cache.size());
    }

    void startsOverWhenFull() {
        UpstreamUrlCache cache;
        auto kept = cache.find("http://example.com/0");
        for (size_t i = 1; i < UpstreamUrlCache::kMaxUrls; ++i) cache.find("http://example.com/" + std::to_string(i));
        CPPUNIT_ASSERT_EQUAL(UpstreamUrlCache::kMaxUrls, cache.size());
        CPPUNIT_ASSERT(cache.find("http://example.com/0") == kept);  // still cached at the limit
        auto beyond = cache.find("http://example.com/beyond");
        CPPUNIT_ASSERT_EQUAL(size_t(1), cache.size());
        CPPUNIT_ASSERT_EQUAL(std::string("/beyond"), beyond->target);
        CPPUNIT_ASSERT_EQUAL(std::string("/0"), kept->target);  // a caller's copy outlives the reset
        CPPUNIT_ASSERT(cache.find("http://example.com/0") != kept);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(UpstreamUrlCacheTest);
