// Upstream URLs split into what connecting, pooling and the request line need.
#include "net/UpstreamUrl.h"

#include <cppunit/extensions/HelperMacros.h>

using namespace sluice::net;

class UpstreamUrlTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(UpstreamUrlTest);
    CPPUNIT_TEST(splitsHttpsUrlWithDefaultPort);
    CPPUNIT_TEST(keepsExplicitPortInHostHeader);
    CPPUNIT_TEST(bracketsIpv6Hosts);
    CPPUNIT_TEST(defaultsTheTarget);
    CPPUNIT_TEST(refusesWhatCannotBeSent);
    CPPUNIT_TEST_SUITE_END();

public:
    void splitsHttpsUrlWithDefaultPort() {
        auto url = UpstreamUrl::parse("HTTPS://API.OpenAI.com/v1/chat/completions?key=1#frag");
        CPPUNIT_ASSERT(url);
        CPPUNIT_ASSERT(url->tls);
        CPPUNIT_ASSERT_EQUAL(std::string("api.openai.com"), url->host);
        CPPUNIT_ASSERT_EQUAL(uint16_t(443), url->port);
        CPPUNIT_ASSERT_EQUAL(std::string("api.openai.com"), url->hostHeader);
        CPPUNIT_ASSERT_EQUAL(std::string("/v1/chat/completions?key=1"), url->target);
        CPPUNIT_ASSERT_EQUAL(std::string("https://api.openai.com:443"), url->poolKey);
    }

    void keepsExplicitPortInHostHeader() {
        auto url = UpstreamUrl::parse("http://127.0.0.1:8080/x");
        CPPUNIT_ASSERT(url && !url->tls);
        CPPUNIT_ASSERT_EQUAL(uint16_t(8080), url->port);
        CPPUNIT_ASSERT_EQUAL(std::string("127.0.0.1:8080"), url->hostHeader);
        CPPUNIT_ASSERT_EQUAL(std::string("http://127.0.0.1:8080"), url->poolKey);
        CPPUNIT_ASSERT_EQUAL(std::string("example.com"), UpstreamUrl::parse("http://example.com:80/")->hostHeader);
    }

    void bracketsIpv6Hosts() {
        auto url = UpstreamUrl::parse("http://[::1]:9000/v1");
        CPPUNIT_ASSERT(url);
        CPPUNIT_ASSERT_EQUAL(std::string("::1"), url->host);
        CPPUNIT_ASSERT_EQUAL(std::string("[::1]:9000"), url->hostHeader);
        CPPUNIT_ASSERT_EQUAL(std::string("http://[::1]:9000"), url->poolKey);
    }

    void defaultsTheTarget() {
        CPPUNIT_ASSERT_EQUAL(std::string("/"), UpstreamUrl::parse("http://example.com")->target);
        CPPUNIT_ASSERT_EQUAL(std::string("/?q=1"), UpstreamUrl::parse("http://example.com?q=1")->target);
    }

    void refusesWhatCannotBeSent() {
        const char* invalid[] = {
            "ftp://example.com/",          "example.com/path",        "http://",
            "http://:80/",                 "http://example.com:0/",   "http://example.com:65536/",
            "http://example.com:8o/",      "http://user:pw@host/",    "http://[::1/",
            "http://[::1]x/",              "http://exa mple.com/",    "http://example.com/a b",
            "http://example.com/a\r\nX: y", "http://example.com:123456/",
        };
        for (const char* url : invalid) CPPUNIT_ASSERT_MESSAGE(url, !UpstreamUrl::parse(url));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(UpstreamUrlTest);
