// The request-head parser: incremental input, lower-case names, limits and malformed heads.
#include "net/RequestParser.h"

#include <cppunit/extensions/HelperMacros.h>

#include <initializer_list>
#include <string>

using sluice::net::HttpRequest;
using sluice::net::RequestParser;
using Result = sluice::net::RequestParser::Result;

namespace {

Result parseWhole(const std::string& head, HttpRequest& request, size_t limit = 4096) {
    RequestParser parser(limit);
    return parser.parse(head, request);
}

void assertEachMalformed(std::initializer_list<const char*> heads) {
    for (const char* head : heads) {
        HttpRequest request;
        CPPUNIT_ASSERT_MESSAGE(head, parseWhole(head, request) == Result::Malformed);
    }
}

}  // namespace

class RequestParserTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(RequestParserTest);
    CPPUNIT_TEST(parsesRequestLineAndHeaders);
    CPPUNIT_TEST(completesWhenFedByteByByte);
    CPPUNIT_TEST(skipsEmptyLinesBeforeTheRequestLine);
    CPPUNIT_TEST(refusesBareLineFeeds);
    CPPUNIT_TEST(refusesABareLineFeedAsSoonAsItArrives);
    CPPUNIT_TEST(rejectsMalformedHeads);
    CPPUNIT_TEST(reportsUnsupportedVersions);
    CPPUNIT_TEST(refusesHeadsOverTheLimit);
    CPPUNIT_TEST(judgesOnlyTheBytesAHeadMayTake);
    CPPUNIT_TEST(reusesTheRequestForTheNextHead);
    CPPUNIT_TEST_SUITE_END();

public:
    void parsesRequestLineAndHeaders() {
        HttpRequest request;
        RequestParser parser(4096);
        const std::string head =
            "POST /v1/chat/completions?stream=1&x=y HTTP/1.1\r\nHost: a\r\nContent-Type:  application/json \r\n"
            "X-Empty:\r\n\r\nBODY";
        CPPUNIT_ASSERT(parser.parse(head, request) == Result::Complete);
        CPPUNIT_ASSERT_EQUAL(head.size() - 4, parser.headLength());
        CPPUNIT_ASSERT_EQUAL(1, parser.minorVersion());
        CPPUNIT_ASSERT_EQUAL(std::string("POST"), request.method);
        CPPUNIT_ASSERT_EQUAL(std::string("/v1/chat/completions?stream=1&x=y"), request.target);
        CPPUNIT_ASSERT_EQUAL(std::string("/v1/chat/completions"), request.path);
        CPPUNIT_ASSERT_EQUAL(std::string("stream=1&x=y"), request.query);
        CPPUNIT_ASSERT_EQUAL(size_t(3), request.headers.size());
        CPPUNIT_ASSERT_EQUAL(std::string("content-type"), request.headers[1].first);
        CPPUNIT_ASSERT_EQUAL(std::string("application/json"), request.headers[1].second);
        CPPUNIT_ASSERT_EQUAL(std::string(""), request.headers[2].second);
    }

    void completesWhenFedByteByByte() {
        const std::string head = "GET /x HTTP/1.0\r\nA: 1\r\nB: 2\r\n\r\n";
        HttpRequest request;
        RequestParser parser(4096);
        for (size_t length = 1; length < head.size(); ++length) {
            CPPUNIT_ASSERT(parser.parse(std::string_view(head).substr(0, length), request) == Result::NeedMore);
        }
        CPPUNIT_ASSERT(parser.parse(head, request) == Result::Complete);
        CPPUNIT_ASSERT_EQUAL(head.size(), parser.headLength());
        CPPUNIT_ASSERT_EQUAL(0, parser.minorVersion());
        CPPUNIT_ASSERT_EQUAL(std::string("2"), std::string(sluice::net::headerValue(request.headers, "b")));
    }

    void skipsEmptyLinesBeforeTheRequestLine() {
        HttpRequest request;
        RequestParser parser(4096);
        const std::string head = "\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n";
        CPPUNIT_ASSERT(parser.parse(head, request) == Result::Complete);
        CPPUNIT_ASSERT_EQUAL(head.size(), parser.headLength());
        CPPUNIT_ASSERT_EQUAL(std::string("h"), std::string(sluice::net::headerValue(request.headers, "host")));
    }

    void refusesBareLineFeeds() {
        assertEachMalformed({
            "GET / HTTP/1.1\nHost: h\r\n\r\n",    // the request line
            "GET / HTTP/1.1\r\nHost: h\n\r\n",    // a header line
            "GET / HTTP/1.1\r\nHost: h\r\n\n",    // the empty line ending the head
            "GET / HTTP/1.1\nHost: h\n\n",         // all of them
            "\nGET / HTTP/1.1\r\n\r\n",           // an empty line before the request line
            "\r\n\nGET / HTTP/1.1\r\n\r\n",
        });
    }

    void refusesABareLineFeedAsSoonAsItArrives() {
        HttpRequest request;
        RequestParser parser(4096);
        CPPUNIT_ASSERT(parser.parse("GET / HTTP/1.1\r\nA: 1\r", request) == Result::NeedMore);
        CPPUNIT_ASSERT(parser.parse("GET / HTTP/1.1\r\nA: 1\r\nB: 2\n", request) == Result::Malformed);
    }

    void rejectsMalformedHeads() {
        assertEachMalformed({
            "garbage\r\n\r\n",
            "GET  / HTTP/1.1\r\n\r\n",
            "GET / HTTP/1.1 extra\r\n\r\n",
            "GET / HTTX/1.1\r\n\r\n",
            "G(T / HTTP/1.1\r\n\r\n",
            "GET / HTTP/1.1\r\nNo colon here\r\n\r\n",
            "GET / HTTP/1.1\r\nName : value\r\n\r\n",
            "GET / HTTP/1.1\r\nA: 1\r\n folded\r\n\r\n",
            "GET / HTTP/1.1\r\nA: x\ry\r\n\r\n",
            "GET /a\x01 HTTP/1.1\r\n\r\n",
            "GET /caf\xc3\xa9 HTTP/1.1\r\n\r\n",
        });
    }

    void reportsUnsupportedVersions() {
        HttpRequest request;
        CPPUNIT_ASSERT(parseWhole("GET / HTTP/2.0\r\n\r\n", request) == Result::UnsupportedVersion);
        CPPUNIT_ASSERT(parseWhole("GET / HTTP/1.2\r\n\r\n", request) == Result::UnsupportedVersion);
    }

    void refusesHeadsOverTheLimit() {
        HttpRequest request;
        const std::string complete = "GET / HTTP/1.1\r\nX: " + std::string(100, 'a') + "\r\n\r\n";
        CPPUNIT_ASSERT(parseWhole(complete, request, 64) == Result::TooLarge);
        const std::string unfinished = "GET / HTTP/1.1\r\nX: " + std::string(100, 'a');
        CPPUNIT_ASSERT(parseWhole(unfinished, request, 64) == Result::TooLarge);
        CPPUNIT_ASSERT(parseWhole(unfinished, request, 4096) == Result::NeedMore);
    }

    /** Found by fuzz-request-parser: a bare LF past the limit made the head malformed or too large by how it arrived. */
    void judgesOnlyTheBytesAHeadMayTake() {
        const std::string head = "GET / HTTP/1.1\r\nX: " + std::string(100, 'a') + "\n\r\n";
        HttpRequest request;
        CPPUNIT_ASSERT(parseWhole(head, request, 64) == Result::TooLarge);
        RequestParser parser(64);
        CPPUNIT_ASSERT(parser.parse(std::string_view(head).substr(0, 65), request) == Result::TooLarge);
        CPPUNIT_ASSERT(parseWhole(head, request, 4096) == Result::Malformed);
    }

    void reusesTheRequestForTheNextHead() {
        HttpRequest request;
        RequestParser parser(4096);
        CPPUNIT_ASSERT(parser.parse("GET /a?q HTTP/1.1\r\nA: 1\r\nB: 2\r\n\r\n", request) == Result::Complete);
        parser.reset();
        CPPUNIT_ASSERT(parser.parse("PUT /b HTTP/1.1\r\nC: 3\r\n\r\n", request) == Result::Complete);
        CPPUNIT_ASSERT_EQUAL(std::string("PUT"), request.method);
        CPPUNIT_ASSERT_EQUAL(std::string(""), request.query);
        CPPUNIT_ASSERT_EQUAL(size_t(1), request.headers.size());
        CPPUNIT_ASSERT_EQUAL(std::string("c"), request.headers[0].first);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(RequestParserTest);
