// The response parser finds heads and body framing wherever reads split the bytes.
#include "net/ResponseParser.h"

#include <cppunit/extensions/HelperMacros.h>

#include <string>
#include <vector>

using namespace sluice::net;

namespace {

/** Collects body bytes; refuses more once `limit` bytes arrived. */
class CollectingSink : public ResponseParser::BodySink {
public:
    explicit CollectingSink(size_t limit = SIZE_MAX) : limit_(limit) {}

    bool onBodyBytes(std::string_view bytes) override {
        body.append(bytes);
        ++pieces;
        return body.size() < limit_;
    }

    std::string body;
    int pieces = 0;

private:
    size_t limit_;
};

/** What parsing a whole exchange produced. */
struct Parsed {
    ResponseParser::Result last = ResponseParser::Result::NeedMore;
    int headsSeen = 0;
    int status = 0;
    Headers headers;
    std::string body;
    bool keepAlive = false;
    size_t consumed = 0;
};

/** Feeds each piece fully (re-feeding after HeadComplete) until the response completes or fails. */
Parsed parse(const std::vector<std::string_view>& pieces, bool headRequest = false) {
    ResponseParser parser;
    parser.reset(headRequest);
    CollectingSink sink;
    Parsed parsed;
    for (std::string_view piece : pieces) {
        size_t offset = 0;
        for (;;) {
            size_t used = 0;
            parsed.last = parser.feed(piece.substr(offset), used, sink);
            offset += used;
            parsed.consumed += used;
            if (parsed.last == ResponseParser::Result::HeadComplete) {
                ++parsed.headsSeen;
                continue;
            }
            break;
        }
        if (parsed.last != ResponseParser::Result::NeedMore) break;
    }
    parsed.status = parser.status();
    parsed.headers = parser.headers();
    parsed.body = sink.body;
    parsed.keepAlive = parser.keepAlive();
    return parsed;
}

Parsed parseWhole(std::string_view response, bool headRequest = false) { return parse({response}, headRequest); }

const std::string kChunkedResponse =
    "HTTP/1.1 100 Continue\r\n\r\n"
    "HTTP/1.1 200 OK\r\n"
    "Content-Type: text/event-stream\r\n"
    "X-Request-ID:   abc  \r\n"
    "Transfer-Encoding: chunked\r\n"
    "\r\n"
    "6\r\ndata: \r\n"
    "B;ext=1\r\nhello world\r\n"
    "0\r\nTrailer: x\r\n\r\n";

}  // namespace

class ResponseParserTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ResponseParserTest);
    CPPUNIT_TEST(parsesContentLengthResponse);
    CPPUNIT_TEST(lowerCasesNamesAndTrimsValues);
    CPPUNIT_TEST(parsesChunkedResponseAtEverySplitPoint);
    CPPUNIT_TEST(skipsInterimResponses);
    CPPUNIT_TEST(readsUntilCloseWithoutFraming);
    CPPUNIT_TEST(knowsBodylessResponses);
    CPPUNIT_TEST(honoursConnectionHeaders);
    CPPUNIT_TEST(stopsAtTheEndOfTheResponse);
    CPPUNIT_TEST(stopsWhenTheSinkRefuses);
    CPPUNIT_TEST(acceptsBareLineFeeds);
    CPPUNIT_TEST(refusesMalformedResponses);
    CPPUNIT_TEST(refusesHugeHeads);
    CPPUNIT_TEST(refusesAHugeHeadThatArrivesInOnePiece);
    CPPUNIT_TEST(resetServesTheNextResponse);
    CPPUNIT_TEST(nextResponseHasOnlyItsOwnHeaders);
    CPPUNIT_TEST_SUITE_END();

public:
    void parsesContentLengthResponse() {
        Parsed parsed = parseWhole("HTTP/1.1 201 Created\r\nContent-Length: 5\r\n\r\nhello");
        CPPUNIT_ASSERT(parsed.last == ResponseParser::Result::Complete);
        CPPUNIT_ASSERT_EQUAL(201, parsed.status);
        CPPUNIT_ASSERT_EQUAL(std::string("hello"), parsed.body);
        CPPUNIT_ASSERT(parsed.keepAlive);
    }

    void lowerCasesNamesAndTrimsValues() {
        Parsed parsed = parseWhole(kChunkedResponse);
        CPPUNIT_ASSERT_EQUAL(std::string("abc"), std::string(parsed.headers[1].second));
        CPPUNIT_ASSERT_EQUAL(std::string("x-request-id"), parsed.headers[1].first);
        CPPUNIT_ASSERT_EQUAL(std::string("content-type"), parsed.headers[0].first);
    }

    void parsesChunkedResponseAtEverySplitPoint() {
        std::string_view all = kChunkedResponse;
        for (size_t cut = 0; cut <= all.size(); ++cut) {
            Parsed parsed = parse({all.substr(0, cut), all.substr(cut)});
            CPPUNIT_ASSERT_MESSAGE("split at " + std::to_string(cut), parsed.last == ResponseParser::Result::Complete);
            CPPUNIT_ASSERT_EQUAL(1, parsed.headsSeen);
            CPPUNIT_ASSERT_EQUAL(200, parsed.status);
            CPPUNIT_ASSERT_EQUAL(std::string("data: hello world"), parsed.body);
            CPPUNIT_ASSERT_EQUAL(all.size(), parsed.consumed);
            CPPUNIT_ASSERT(parsed.keepAlive);
        }
    }

    void skipsInterimResponses() {
        Parsed parsed = parseWhole(
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
            "HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        CPPUNIT_ASSERT(parsed.last == ResponseParser::Result::Complete);
        CPPUNIT_ASSERT_EQUAL(1, parsed.headsSeen);
        CPPUNIT_ASSERT_EQUAL(size_t(1), parsed.headers.size());
        CPPUNIT_ASSERT_EQUAL(std::string("ok"), parsed.body);
    }

    void readsUntilCloseWithoutFraming() {
        ResponseParser parser;
        parser.reset(false);
        CollectingSink sink;
        size_t used = 0;
        std::string_view response = "HTTP/1.1 200 OK\r\n\r\nall of it";
        CPPUNIT_ASSERT(parser.feed(response, used, sink) == ResponseParser::Result::HeadComplete);
        CPPUNIT_ASSERT(parser.feed(response.substr(used), used, sink) == ResponseParser::Result::NeedMore);
        CPPUNIT_ASSERT_EQUAL(std::string("all of it"), sink.body);
        CPPUNIT_ASSERT(!parser.keepAlive());
        CPPUNIT_ASSERT(parser.finishAtClose());
    }

    void knowsBodylessResponses() {
        CPPUNIT_ASSERT(parseWhole("HTTP/1.1 204 No Content\r\n\r\n").last == ResponseParser::Result::Complete);
        CPPUNIT_ASSERT(parseWhole("HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n").last ==
                       ResponseParser::Result::Complete);
        Parsed head = parseWhole("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n", true);
        CPPUNIT_ASSERT(head.last == ResponseParser::Result::Complete);
        CPPUNIT_ASSERT(head.keepAlive);
        CPPUNIT_ASSERT(parseWhole("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n").last ==
                       ResponseParser::Result::Complete);
    }

    void honoursConnectionHeaders() {
        CPPUNIT_ASSERT(!parseWhole("HTTP/1.1 200 OK\r\nConnection: Close\r\nContent-Length: 0\r\n\r\n").keepAlive);
        CPPUNIT_ASSERT(!parseWhole("HTTP/1.0 200 OK\r\nContent-Length: 0\r\n\r\n").keepAlive);
        CPPUNIT_ASSERT(parseWhole("HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 0\r\n\r\n").keepAlive);
        CPPUNIT_ASSERT(!parseWhole("HTTP/1.1 200 OK\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n"
                                   "3\r\nabc\r\n0\r\n\r\n")
                            .keepAlive);
    }

    void stopsAtTheEndOfTheResponse() {
        std::string first = "HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc";
        Parsed parsed = parseWhole(first + "HTTP/1.1 200 OK\r\n");
        CPPUNIT_ASSERT(parsed.last == ResponseParser::Result::Complete);
        CPPUNIT_ASSERT_EQUAL(first.size(), parsed.consumed);
    }

    void stopsWhenTheSinkRefuses() {
        ResponseParser parser;
        parser.reset(false);
        CollectingSink sink(1);
        size_t used = 0;
        std::string_view response = kChunkedResponse;
        CPPUNIT_ASSERT(parser.feed(response, used, sink) == ResponseParser::Result::HeadComplete);
        CPPUNIT_ASSERT(parser.feed(response.substr(used), used, sink) == ResponseParser::Result::Stopped);
        CPPUNIT_ASSERT_EQUAL(1, sink.pieces);
    }

    void acceptsBareLineFeeds() {
        Parsed parsed = parseWhole("HTTP/1.1 200 OK\nContent-Length: 2\n\nok");
        CPPUNIT_ASSERT(parsed.last == ResponseParser::Result::Complete);
        CPPUNIT_ASSERT_EQUAL(std::string("ok"), parsed.body);
    }

    void refusesMalformedResponses() {
        const char* malformed[] = {
            "HTTP/2 200 OK\r\n\r\n",
            "HTTP/1.1 2000 OK\r\n\r\n",
            "HTTP/1.1 20 OK\r\n\r\n",
            "HTTP/1.1 099 Odd\r\n\r\n",
            "ICY 200 OK\r\n\r\n",
            "\r\n\r\n",
            "HTTP/1.1 200 OK\r\nNo colon here\r\n\r\n",
            "HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n",
            "HTTP/1.1 200 OK\r\n: empty name\r\n\r\n",
            "HTTP/1.1 200 OK\r\n folded: x\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Length: 5x\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Length: 3, 4\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999999\r\n\r\n",
            "HTTP/1.1 101 Switching Protocols\r\n\r\n",
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
        };
        for (const char* response : malformed)
            CPPUNIT_ASSERT_MESSAGE(response, parseWhole(response).last == ResponseParser::Result::Malformed);
        Parsed same = parseWhole("HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\nContent-Length: 2\r\n\r\nok");
        CPPUNIT_ASSERT(same.last == ResponseParser::Result::Complete);
    }

    void refusesHugeHeads() {
        std::string head = "HTTP/1.1 200 OK\r\n";
        std::vector<std::string> pieces;
        pieces.push_back(head);
        for (int i = 0; i < 4000; ++i) pieces.push_back("X-Filler-" + std::to_string(i) + ": 0123456789abcdef\r\n");
        std::vector<std::string_view> views(pieces.begin(), pieces.end());
        CPPUNIT_ASSERT(parse(views).last == ResponseParser::Result::Malformed);
    }

    void refusesAHugeHeadThatArrivesInOnePiece() {
        std::string response = "HTTP/1.1 200 OK\r\n";
        for (int i = 0; i < 4000; ++i) response += "X-Filler-" + std::to_string(i) + ": 0123456789abcdef\r\n";
        response += "Content-Length: 0\r\n\r\n";
        CPPUNIT_ASSERT(parseWhole(response).last == ResponseParser::Result::Malformed);
        CPPUNIT_ASSERT(parse({std::string_view(response).substr(0, 10), std::string_view(response).substr(10)}).last ==
                       ResponseParser::Result::Malformed);
    }

    void resetServesTheNextResponse() {
        ResponseParser parser;
        CollectingSink sink;
        size_t used = 0;
        for (int round = 0; round < 3; ++round) {
            parser.reset(false);
            std::string_view response = "HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx";
            CPPUNIT_ASSERT(parser.feed(response, used, sink) == ResponseParser::Result::HeadComplete);
            CPPUNIT_ASSERT(parser.feed(response.substr(used), used, sink) == ResponseParser::Result::Complete);
            CPPUNIT_ASSERT_EQUAL(size_t(1), parser.headers().size());
        }
        CPPUNIT_ASSERT_EQUAL(std::string("xxx"), sink.body);
    }

    void nextResponseHasOnlyItsOwnHeaders() {  // header slots are reused from response to response
        ResponseParser parser;
        CollectingSink sink;
        const std::string_view responses[] = {
            "HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\nX-Ratelimit-Remaining-Requests: 0\r\n"
            "Content-Length: 0\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n",
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Request-Id: b\r\nContent-Length: 0\r\n\r\n"};
        const Headers expected[] = {
            {{"retry-after", "1"}, {"x-ratelimit-remaining-requests", "0"}, {"content-length", "0"}},
            {{"content-length", "0"}},
            {{"content-type", "application/json"}, {"x-request-id", "b"}, {"content-length", "0"}}};
        for (size_t i = 0; i < 3; ++i) {
            parser.reset(false);
            size_t used = 0;
            CPPUNIT_ASSERT(parser.feed(responses[i], used, sink) == ResponseParser::Result::HeadComplete);
            CPPUNIT_ASSERT(parser.headers() == expected[i]);
        }
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ResponseParserTest);
