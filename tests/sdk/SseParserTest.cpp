// The SDK's incremental SSE parser, fed every split point of recorded streams.
#include <sluice/sse_parser.hpp>

#include <cppunit/extensions/HelperMacros.h>

#include <vector>

namespace {

using Events = std::vector<std::pair<std::string, std::string>>;

Events parseInPieces(const std::string& bytes, const std::vector<size_t>& cuts) {
    sluice::SseParser parser;
    Events events;
    size_t from = 0;
    for (size_t i = 0; i <= cuts.size(); ++i) {
        size_t to = i < cuts.size() ? cuts[i] : bytes.size();
        parser.feed(std::string_view(bytes).substr(from, to - from), [&](const sluice::SseParser::Event& e) {
            events.emplace_back(std::string(e.name), std::string(e.data));
        });
        from = to;
    }
    return events;
}

const std::string kRecorded =
    ": keep-alive comment\n\n"
    "event: message_start\r\ndata: {\"type\":\"message_start\"}\r\n\r\n"
    "data: {\"choices\":[{\"delta\":{\"content\":\"你好\"}}]}\n\n"
    "data: line one\ndata: line two\n\n"
    "data:no-space\rdata: after-cr\r\r"
    "id: 7\nretry: 1000\ndata: [DONE]\n\n";

}  // namespace

class SseParserTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(SseParserTest);
    CPPUNIT_TEST(parsesRecordedStreamWhole);
    CPPUNIT_TEST(sameEventsAtEverySingleSplitPoint);
    CPPUNIT_TEST(sameEventsAtEveryPairOfSplitPoints);
    CPPUNIT_TEST(byteByByte);
    CPPUNIT_TEST(holdsIncompleteEvent);
    CPPUNIT_TEST(sameEventsWhateverTheLineEnding);
    CPPUNIT_TEST(refusesAnEndlessLine);
    CPPUNIT_TEST(refusesAnEventOfManyLinesPastTheLimit);
    CPPUNIT_TEST(acceptsAnEventAtTheLimit);
    CPPUNIT_TEST(capsEventsAtOneMebibyteByDefault);
    CPPUNIT_TEST_SUITE_END();

public:
    void parsesRecordedStreamWhole() {
        Events events = parseInPieces(kRecorded, {});
        CPPUNIT_ASSERT_EQUAL(size_t(5), events.size());
        CPPUNIT_ASSERT_EQUAL(std::string("message_start"), events[0].first);
        CPPUNIT_ASSERT_EQUAL(std::string("{\"type\":\"message_start\"}"), events[0].second);
        CPPUNIT_ASSERT_EQUAL(std::string(""), events[1].first);
        CPPUNIT_ASSERT_EQUAL(std::string("line one\nline two"), events[2].second);
        CPPUNIT_ASSERT_EQUAL(std::string("no-space\nafter-cr"), events[3].second);
        CPPUNIT_ASSERT_EQUAL(std::string("[DONE]"), events[4].second);
    }

    void sameEventsAtEverySingleSplitPoint() {
        Events whole = parseInPieces(kRecorded, {});
        for (size_t cut = 0; cut <= kRecorded.size(); ++cut)
            CPPUNIT_ASSERT_MESSAGE("cut at " + std::to_string(cut), parseInPieces(kRecorded, {cut}) == whole);
    }

    void sameEventsAtEveryPairOfSplitPoints() {
        Events whole = parseInPieces(kRecorded, {});
        for (size_t a = 0; a <= kRecorded.size(); ++a)
            for (size_t b = a; b <= kRecorded.size(); ++b)
                CPPUNIT_ASSERT(parseInPieces(kRecorded, {a, b}) == whole);
    }

    void byteByByte() {
        std::vector<size_t> cuts;
        for (size_t i = 1; i < kRecorded.size(); ++i) cuts.push_back(i);
        CPPUNIT_ASSERT(parseInPieces(kRecorded, cuts) == parseInPieces(kRecorded, {}));
    }

    void sameEventsWhateverTheLineEnding() {
        std::string lineFeeds;
        for (int i = 0; i < 300; ++i) lineFeeds += ": note\nevent: e" + std::to_string(i) + "\ndata: {\"n\":" + std::to_string(i) + "}\ndata: more\n\n";
        auto withEnding = [&](const std::string& ending) {
            std::string out;
            for (char c : lineFeeds) out += c == '\n' ? ending : std::string(1, c);
            return out;
        };
        Events expected = parseInPieces(lineFeeds, {});
        CPPUNIT_ASSERT_EQUAL(size_t(300), expected.size());
        for (const std::string& stream : {withEnding("\r"), withEnding("\r\n")}) {
            CPPUNIT_ASSERT(parseInPieces(stream, {}) == expected);
            std::vector<size_t> cuts;
            for (size_t at = 7; at < stream.size(); at += 7) cuts.push_back(at);
            CPPUNIT_ASSERT(parseInPieces(stream, cuts) == expected);
        }
    }

    void refusesAnEndlessLine() {
        sluice::SseParser parser(1024);
        const std::string piece(100, 'a');
        size_t fed = 0;
        auto ignore = [](const auto&) {};
        CPPUNIT_ASSERT_THROW(
            for (; fed < 1000; ++fed) parser.feed(piece, ignore), sluice::SseParser::EventTooLarge);
        CPPUNIT_ASSERT_EQUAL(size_t(10), fed);  // the eleventh piece took it past 1024 bytes
        CPPUNIT_ASSERT(!parser.hasPending());
    }

    void refusesAnEventOfManyLinesPastTheLimit() {
        sluice::SseParser parser(64);
        size_t events = 0;
        const std::string line = "data: " + std::string(40, 'x') + "\n";
        parser.feed(line, [&](const auto&) { ++events; });
        CPPUNIT_ASSERT_THROW(parser.feed(line, [&](const auto&) { ++events; }), sluice::SseParser::EventTooLarge);
        CPPUNIT_ASSERT_EQUAL(size_t(0), events);
    }

    void acceptsAnEventAtTheLimit() {
        // 32 bytes of data, then a line of 37 bytes: 69 held at most, however the bytes are split.
        const std::string event = "data: " + std::string(32, 'x') + "\ndata: " + std::string(31, 'y') + "\n\n";
        for (size_t cut = 0; cut <= event.size(); ++cut) {
            std::string data;
            auto keep = [&](const auto& e) { data = e.data; };
            sluice::SseParser atTheLimit(69);
            atTheLimit.feed(event.substr(0, cut), keep);
            atTheLimit.feed(event.substr(cut), keep);
            CPPUNIT_ASSERT_EQUAL(size_t(64), data.size());
            sluice::SseParser belowIt(68);
            CPPUNIT_ASSERT_THROW(
                {
                    belowIt.feed(event.substr(0, cut), keep);
                    belowIt.feed(event.substr(cut), keep);
                },
                sluice::SseParser::EventTooLarge);
        }
    }

    void capsEventsAtOneMebibyteByDefault() {
        sluice::SseParser parser;
        const std::string piece(16 * 1024, 'a');
        auto ignore = [](const auto&) {};
        parser.feed("data: ", ignore);
        for (size_t fed = 6; fed + piece.size() <= sluice::SseParser::kDefaultMaxEventBytes; fed += piece.size())
            parser.feed(piece, ignore);
        CPPUNIT_ASSERT_THROW(parser.feed(piece, ignore), sluice::SseParser::EventTooLarge);
    }

    void holdsIncompleteEvent() {
        sluice::SseParser parser;
        int count = 0;
        parser.feed("data: partial", [&](const auto&) { ++count; });
        CPPUNIT_ASSERT_EQUAL(0, count);
        CPPUNIT_ASSERT(parser.hasPending());
        parser.feed("\n\n", [&](const auto& e) {
            ++count;
            CPPUNIT_ASSERT_EQUAL(std::string_view("partial"), e.data);
        });
        CPPUNIT_ASSERT_EQUAL(1, count);
        CPPUNIT_ASSERT(!parser.hasPending());
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(SseParserTest);
