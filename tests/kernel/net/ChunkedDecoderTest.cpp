// The chunked decoder yields the same body wherever its input is split, and refuses malformed framing.
#include "net/ChunkedDecoder.h"

#include <cppunit/extensions/HelperMacros.h>

#include <string>
#include <vector>

using namespace sluice::net;

namespace {

/** Extensions (with whitespace before them), both hex cases, a zero-padded size and two trailers. */
const std::string kEncoded =
    "5\r\nHello\r\n"
    "1A ;name=value;flag\r\nabcdefghijklmnopqrstuvwxyz\r\n"
    "0a\r\n world: 42\r\n"
    "00000001\r\n!\r\n"
    "0;last\r\n"
    "X-Trailer: one\r\n"
    "Other: two\r\n"
    "\r\n";
const std::string kDecoded = "Helloabcdefghijklmnopqrstuvwxyz world: 42!";

struct Outcome {
    ChunkedDecoder::Result result = ChunkedDecoder::Result::NeedMore;
    std::string body;
    size_t consumed = 0;  // over all pieces
};

/** Feeds the pieces in order until the decoder stops asking for more. */
Outcome decode(const std::vector<std::string_view>& pieces) {
    ChunkedDecoder decoder;
    Outcome outcome;
    auto out = [&](std::string_view bytes) { outcome.body.append(bytes); };
    for (std::string_view piece : pieces) {
        size_t consumed = 0;
        outcome.result = decoder.feed(piece, consumed, out);
        outcome.consumed += consumed;
        if (outcome.result != ChunkedDecoder::Result::NeedMore) break;
    }
    return outcome;
}

ChunkedDecoder::Result decodeWhole(const std::string& input) { return decode({input}).result; }

}  // namespace

class ChunkedDecoderTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ChunkedDecoderTest);
    CPPUNIT_TEST(decodesWholeInput);
    CPPUNIT_TEST(decodesAtEverySplitPoint);
    CPPUNIT_TEST(decodesAtEveryPairOfSplitPoints);
    CPPUNIT_TEST(decodesByteByByte);
    CPPUNIT_TEST(stopsRightAfterTheTrailers);
    CPPUNIT_TEST(deliversDataBeforeTheChunkEnds);
    CPPUNIT_TEST(acceptsSizesUpToTwoToTheForty);
    CPPUNIT_TEST(refusesSizesAboveTwoToTheForty);
    CPPUNIT_TEST(refusesMalformedFraming);
    CPPUNIT_TEST(errorIsFinal);
    CPPUNIT_TEST(refusesEndlessExtensionsAndTrailers);
    CPPUNIT_TEST_SUITE_END();

public:
    void decodesWholeInput() {
        Outcome outcome = decode({kEncoded});
        CPPUNIT_ASSERT(outcome.result == ChunkedDecoder::Result::Done);
        CPPUNIT_ASSERT_EQUAL(kDecoded, outcome.body);
        CPPUNIT_ASSERT_EQUAL(kEncoded.size(), outcome.consumed);
    }

    void decodesAtEverySplitPoint() {
        std::string_view all = kEncoded;
        for (size_t cut = 0; cut <= all.size(); ++cut) {
            Outcome outcome = decode({all.substr(0, cut), all.substr(cut)});
            CPPUNIT_ASSERT_MESSAGE("split at " + std::to_string(cut), outcome.result == ChunkedDecoder::Result::Done);
            CPPUNIT_ASSERT_EQUAL(kDecoded, outcome.body);
            CPPUNIT_ASSERT_EQUAL(kEncoded.size(), outcome.consumed);
        }
    }

    void decodesAtEveryPairOfSplitPoints() {
        std::string_view all = kEncoded;
        for (size_t first = 0; first <= all.size(); ++first) {
            for (size_t second = first; second <= all.size(); ++second) {
                Outcome outcome =
                    decode({all.substr(0, first), all.substr(first, second - first), all.substr(second)});
                CPPUNIT_ASSERT(outcome.result == ChunkedDecoder::Result::Done);
                CPPUNIT_ASSERT_EQUAL(kDecoded, outcome.body);
            }
        }
    }

    void decodesByteByByte() {
        std::vector<std::string_view> bytes;
        for (size_t i = 0; i < kEncoded.size(); ++i) bytes.push_back(std::string_view(kEncoded).substr(i, 1));
        Outcome outcome = decode(bytes);
        CPPUNIT_ASSERT(outcome.result == ChunkedDecoder::Result::Done);
        CPPUNIT_ASSERT_EQUAL(kDecoded, outcome.body);
    }

    void stopsRightAfterTheTrailers() {
        std::string input = "3\r\nabc\r\n0\r\n\r\nGET /next HTTP/1.1\r\n";
        ChunkedDecoder decoder;
        std::string body;
        size_t consumed = 0;
        auto result = decoder.feed(input, consumed, [&](std::string_view bytes) { body.append(bytes); });
        CPPUNIT_ASSERT(result == ChunkedDecoder::Result::Done);
        CPPUNIT_ASSERT_EQUAL(std::string("abc"), body);
        CPPUNIT_ASSERT_EQUAL(input.find("GET"), consumed);
        result = decoder.feed("more", consumed, [&](std::string_view bytes) { body.append(bytes); });
        CPPUNIT_ASSERT(result == ChunkedDecoder::Result::Done);
        CPPUNIT_ASSERT_EQUAL(size_t(0), consumed);
    }

    void deliversDataBeforeTheChunkEnds() {
        ChunkedDecoder decoder;
        std::vector<std::string> pieces;
        size_t consumed = 0;
        auto out = [&](std::string_view bytes) { pieces.emplace_back(bytes); };
        CPPUNIT_ASSERT(decoder.feed("a\r\n0123", consumed, out) == ChunkedDecoder::Result::NeedMore);
        CPPUNIT_ASSERT_EQUAL(size_t(1), pieces.size());
        CPPUNIT_ASSERT_EQUAL(std::string("0123"), pieces[0]);
        CPPUNIT_ASSERT(decoder.feed("456789\r\n", consumed, out) == ChunkedDecoder::Result::NeedMore);
        CPPUNIT_ASSERT_EQUAL(std::string("456789"), pieces[1]);
    }

    void acceptsSizesUpToTwoToTheForty() {
        CPPUNIT_ASSERT(decodeWhole("10000000000\r\nabc") == ChunkedDecoder::Result::NeedMore);
        CPPUNIT_ASSERT(decodeWhole("000000000000000010000000000\r\nabc") == ChunkedDecoder::Result::NeedMore);
    }

    void refusesSizesAboveTwoToTheForty() {
        CPPUNIT_ASSERT(decodeWhole("10000000001\r\n") == ChunkedDecoder::Result::Error);
        CPPUNIT_ASSERT(decodeWhole("FFFFFFFFFFFFFFFFFFFF\r\n") == ChunkedDecoder::Result::Error);
        CPPUNIT_ASSERT(decodeWhole("1000000000000000000000001\r\n") == ChunkedDecoder::Result::Error);
    }

    void refusesMalformedFraming() {
        const char* malformed[] = {
            "\r\n",                // no size
            ";ext\r\n",            // extension without size
            "g\r\n",               // not hex
            "0x5\r\nhello\r\n",    // C notation
            "5 5\r\nhello\r\n",    // whitespace inside the size
            "5\nhello\r\n",        // bare LF after the size
            "5\r\nhelloX\r\n",     // data longer than announced
            "5\r\nhello\rX",       // CR not followed by LF after data
            "5\r\nhello\n",        // bare LF after data
            "0\r\nX-T: 1\n\r\n",   // bare LF in trailers
            "0\r\n\rX",            // CR not followed by LF at the end
            " 5\r\nhello\r\n",     // leading whitespace
        };
        for (const char* input : malformed)
            CPPUNIT_ASSERT_MESSAGE(input, decodeWhole(input) == ChunkedDecoder::Result::Error);
    }

    void errorIsFinal() {
        ChunkedDecoder decoder;
        size_t consumed = 99;
        auto ignore = [](std::string_view) {};
        CPPUNIT_ASSERT(decoder.feed("5\r\nhello\r\nz", consumed, ignore) == ChunkedDecoder::Result::Error);
        CPPUNIT_ASSERT_EQUAL(size_t(10), consumed);
        CPPUNIT_ASSERT(decoder.feed("0\r\n\r\n", consumed, ignore) == ChunkedDecoder::Result::Error);
        CPPUNIT_ASSERT_EQUAL(size_t(0), consumed);
    }

    void refusesEndlessExtensionsAndTrailers() {
        CPPUNIT_ASSERT(decodeWhole("5;" + std::string(100000, 'x')) == ChunkedDecoder::Result::Error);
        std::string trailers = "0\r\n";
        for (int i = 0; i < 10000; ++i) trailers += "X-Filler: 0123456789\r\n";
        CPPUNIT_ASSERT(decodeWhole(trailers) == ChunkedDecoder::Result::Error);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ChunkedDecoderTest);
