// A request body's framing and bytes, read against the size limit and the server-wide budget.
#include "net/RequestBodyReader.h"

#include <cppunit/extensions/HelperMacros.h>

using namespace sluice::net;

namespace {

ByteBuffer bufferOf(std::string_view bytes) {
    ByteBuffer buffer;
    buffer.append(bytes);
    return buffer;
}

}  // namespace

class RequestBodyReaderTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(RequestBodyReaderTest);
    CPPUNIT_TEST(refusesFramingTheWayRfc9112Asks);
    CPPUNIT_TEST(readsALengthBodyInPiecesAndGivesItsBytesBack);
    CPPUNIT_TEST(readsAChunkedBodyWithinTheLimit);
    CPPUNIT_TEST(refusesABodyPastTheBudget);
    CPPUNIT_TEST_SUITE_END();

public:
    void refusesFramingTheWayRfc9112Asks() {
        BodyBudget budget(0);
        RequestBodyReader reader(budget, 100);
        std::string body;
        CPPUNIT_ASSERT_EQUAL(400, reader.begin({{"host", "a"}, {"host", "b"}}, true, body).status);
        CPPUNIT_ASSERT_EQUAL(400, reader.begin({}, true, body).status);
        CPPUNIT_ASSERT(!reader.begin({}, false, body));  // HTTP/1.0 needs no Host
        CPPUNIT_ASSERT_EQUAL(400, reader.begin({{"host", "a"}, {"content-length", "x"}}, true, body).status);
        CPPUNIT_ASSERT_EQUAL(400, reader.begin({{"host", "a"}, {"content-length", "3"}, {"transfer-encoding", "chunked"}}, true, body).status);
        CPPUNIT_ASSERT_EQUAL(501, reader.begin({{"host", "a"}, {"transfer-encoding", "gzip"}}, true, body).status);
        CPPUNIT_ASSERT_EQUAL(413, reader.begin({{"host", "a"}, {"content-length", "101"}}, true, body).status);
    }

    void readsALengthBodyInPiecesAndGivesItsBytesBack() {
        BodyBudget budget(0);
        RequestBodyReader reader(budget, 100);
        std::string body;
        CPPUNIT_ASSERT(!reader.begin({{"host", "a"}, {"content-length", "5"}}, true, body));
        CPPUNIT_ASSERT(reader.expectsBody());
        ByteBuffer first = bufferOf("hel");
        CPPUNIT_ASSERT(reader.read(first, body) == RequestBodyReader::Progress::NeedMore);
        ByteBuffer rest = bufferOf("loGET");
        CPPUNIT_ASSERT(reader.read(rest, body) == RequestBodyReader::Progress::Complete);
        CPPUNIT_ASSERT_EQUAL(std::string("hello"), body);
        CPPUNIT_ASSERT_EQUAL(std::string("GET"), std::string(rest.readable()));  // the next request stays
        CPPUNIT_ASSERT_EQUAL(size_t(5), budget.held());
        reader.release();
        CPPUNIT_ASSERT_EQUAL(size_t(0), budget.held());
    }

    void readsAChunkedBodyWithinTheLimit() {
        BodyBudget budget(0);
        RequestBodyReader reader(budget, 8);
        std::string body;
        CPPUNIT_ASSERT(!reader.begin({{"host", "a"}, {"transfer-encoding", "chunked"}}, true, body));
        ByteBuffer input = bufferOf("4\r\nabcd\r\n0\r\n\r\n");
        CPPUNIT_ASSERT(reader.read(input, body) == RequestBodyReader::Progress::Complete);
        CPPUNIT_ASSERT_EQUAL(std::string("abcd"), body);
        body.clear();
        CPPUNIT_ASSERT(!reader.begin({{"host", "a"}, {"transfer-encoding", "chunked"}}, true, body));
        ByteBuffer tooMuch = bufferOf("9\r\n123456789\r\n0\r\n\r\n");
        CPPUNIT_ASSERT(reader.read(tooMuch, body) == RequestBodyReader::Progress::Refused);
        CPPUNIT_ASSERT_EQUAL(413, reader.refusal().status);
    }

    void refusesABodyPastTheBudget() {
        BodyBudget budget(4);
        RequestBodyReader reader(budget, 100);
        std::string body;
        CPPUNIT_ASSERT(!reader.begin({{"host", "a"}, {"content-length", "6"}}, true, body));
        ByteBuffer input = bufferOf("123456");
        CPPUNIT_ASSERT(reader.read(input, body) == RequestBodyReader::Progress::Refused);
        CPPUNIT_ASSERT_EQUAL(503, reader.refusal().status);
        CPPUNIT_ASSERT_EQUAL(std::string("server_busy"), std::string(reader.refusal().code));
        CPPUNIT_ASSERT_EQUAL(size_t(0), budget.held());
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(RequestBodyReaderTest);
