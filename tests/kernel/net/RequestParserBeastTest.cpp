// The differential test of the request parser: it and Boost.Beast's parser agree on the seed corpus of
// its fuzz target and on heads written to probe the edges, but for the differences BeastComparison explains.
#include "BeastComparison.h"
#include "net/RequestParser.h"

#include <cppunit/extensions/HelperMacros.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

using sluice::net::HttpRequest;
using sluice::net::RequestParser;

namespace {

/** The seeds of fuzz-request-parser and fuzz-request-parser-beast. */
const std::filesystem::path kCorpus =
    std::filesystem::path(__FILE__).parent_path() / "../../fuzz/corpus/request-parser";

std::string contentsOf(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool accepts(const std::string& head) {
    HttpRequest request;
    return RequestParser(4096).parse(head, request) == RequestParser::Result::Complete;
}

}  // namespace

class RequestParserBeastTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(RequestParserBeastTest);
    CPPUNIT_TEST(agreeOnTheSeedCorpus);
    CPPUNIT_TEST(agreeOnHeadsAtTheEdges);
    CPPUNIT_TEST(differOnlyAsExplained);
    CPPUNIT_TEST_SUITE_END();

public:
    void agreeOnTheSeedCorpus() {
        size_t files = 0;
        for (const auto& entry : std::filesystem::directory_iterator(kCorpus)) {
            ++files;
            const std::string disagreement = BeastComparison::disagreement(contentsOf(entry.path()));
            CPPUNIT_ASSERT_MESSAGE(entry.path().filename().string() + ": " + disagreement, disagreement.empty());
        }
        CPPUNIT_ASSERT(files >= 5);
    }

    void agreeOnHeadsAtTheEdges() {
        const char* heads[] = {
            "GET / HTTP/1.1\r\nHost: h\r\n\r\n",
            "OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n",
            "GET http://h:8080/p?q=1#f HTTP/1.0\r\n\r\n",
            "M-SEARCH!#$%&'*+.^_`|~ /x HTTP/1.1\r\n\r\n",
            "GET / HTTP/1.1\r\nA:\r\nB: \t \r\nC:\tv \t\r\nD: a  b\r\n\r\n",
            "GET / HTTP/1.1\r\nSet: 1\r\nOther: x\r\nSet: 2\r\n\r\n",
            "GET / HTTP/1.1\r\nX-Obs-Text: caf\xc3\xa9 \xff\r\n\r\n",
            "GET / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n",
            "POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\n",
            "GET / HTTP/1.1\nHost: h\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: h\n\r\n",
            "GET / HTTP/1.1\r\nHost: h\r\n\n",
            "GET / HTTP/1.1\r\nA: x\ry\r\n\r\n",
            "GET / HTTP/1.1\r\nA: \x7f\r\n\r\n",
            "GET / HTTP/1.1\r\nA: \x01\r\n\r\n",
            "GET / HTTP/1.1\r\nA : 1\r\n\r\n",
            "GET / HTTP/1.1\r\n: 1\r\n\r\n",
            "GET / HTTP/1.1\r\nA\x01: 1\r\n\r\n",
            "GET  / HTTP/1.1\r\n\r\n",
            "GET / HTTP/1.1 \r\n\r\n",
            "GET /\x01 HTTP/1.1\r\n\r\n",
            "GET / HTTP/2.0\r\n\r\n",
            "GET / HTTP/1.2\r\n\r\n",
            "GET / http/1.1\r\n\r\n",
            "G\xc3\x89T / HTTP/1.1\r\n\r\n",
            " GET / HTTP/1.1\r\n\r\n",
        };
        for (const char* head : heads) {
            const std::string disagreement = BeastComparison::disagreement(head);
            CPPUNIT_ASSERT_MESSAGE(std::string(head) + ": " + disagreement, disagreement.empty());
        }
    }

    /** One head for each difference BeastComparison explains, with RequestParser's verdict on it. */
    void differOnlyAsExplained() {
        const std::pair<const char*, bool> heads[] = {
            {"\r\n\r\nGET / HTTP/1.1\r\nHost: h\r\n\r\n", true},                  // empty lines first
            {"POST / HTTP/1.1\r\nContent-Length: 1x\r\n\r\n", true},             // framing, for ServerConnection
            {"POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", true},
            {"POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", true},
            {"GET / HTTP/1.1\r\nConnection: keep-alive; x\r\n\r\n", true},       // not a token list
            {"GET /caf\xc3\xa9 HTTP/1.1\r\n\r\n", false},                          // non-ASCII target
            {"GET / HTTP/1.1\r\nA: 1\r\n folded\r\n\r\n", false},                 // obsolete line folding
        };
        for (const auto& [head, accepted] : heads) {
            CPPUNIT_ASSERT_EQUAL_MESSAGE(head, accepted, accepts(head));
            const std::string disagreement = BeastComparison::disagreement(head);
            CPPUNIT_ASSERT_MESSAGE(std::string(head) + ": " + disagreement, disagreement.empty());
        }
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(RequestParserBeastTest);
