// The probe's stamp scanner against a stamped mock stream, split at every point.
#include "EventStampScanner.h"

#include <cppunit/extensions/HelperMacros.h>

#include <string>
#include <vector>

namespace {

using sluice::probe::EventStampScanner;

const std::string kStampedStream =
    "data: {\"id\":\"c1\",\"choices\":[{\"delta\":{\"role\":\"assistant\"}}],\"system_fingerprint\":\"fp_1000\"}\n\n"
    "data: {\"id\":\"c1\",\"choices\":[{\"delta\":{\"content\":\"\\\"system_fingerprint\\\"\"}}],"
    "\"system_fingerprint\":\"fp_24404562380678\"}\r\n\r\n"
    "data: {\"id\":\"c1\",\"choices\":[],\"system_fingerprint\":\"fp_abc\"}\n\n"
    "data: {\"id\":\"c1\",\"choices\":[],\"system_fingerprint\":\"fp_\"system_fingerprint\":\"fp_7\"}\n\n"
    "data: [DONE]\n\n";

std::vector<std::int64_t> scanInPieces(const std::string& bytes, std::size_t first, std::size_t second) {
    EventStampScanner scanner;
    std::vector<std::int64_t> stamps;
    const std::string_view all(bytes);
    scanner.scan(all.substr(0, first), stamps);
    scanner.scan(all.substr(first, second - first), stamps);
    scanner.scan(all.substr(second), stamps);
    return stamps;
}

}  // namespace

class EventStampScannerTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(EventStampScannerTest);
    CPPUNIT_TEST(findsEveryStampInOnePiece);
    CPPUNIT_TEST(sameStampsAtEveryPairOfSplitPoints);
    CPPUNIT_TEST(findsNothingInAnUnstampedStream);
    CPPUNIT_TEST(resetForgetsAPartialStamp);
    CPPUNIT_TEST_SUITE_END();

public:
    void findsEveryStampInOnePiece() {
        EventStampScanner scanner;
        std::vector<std::int64_t> stamps;
        scanner.scan(kStampedStream, stamps);
        // Not stamps: the escaped marker inside content, "fp_abc", and "fp_" with no digits.
        CPPUNIT_ASSERT(stamps == (std::vector<std::int64_t>{1000, 24404562380678, 7}));
    }

    void sameStampsAtEveryPairOfSplitPoints() {
        const std::vector<std::int64_t> whole = scanInPieces(kStampedStream, 0, 0);
        for (std::size_t first = 0; first <= kStampedStream.size(); ++first) {
            for (std::size_t second = first; second <= kStampedStream.size(); second += 7) {
                CPPUNIT_ASSERT(scanInPieces(kStampedStream, first, second) == whole);
            }
        }
    }

    void findsNothingInAnUnstampedStream() {
        EventStampScanner scanner;
        std::vector<std::int64_t> stamps;
        scanner.scan("data: {\"choices\":[],\"system_fingerprint\":\"fp_44d3f7\"}\n\ndata: [DONE]\n\n", stamps);
        CPPUNIT_ASSERT(stamps.empty());
    }

    void resetForgetsAPartialStamp() {
        EventStampScanner scanner;
        std::vector<std::int64_t> stamps;
        scanner.scan("\"system_fingerprint\":\"fp_12", stamps);
        scanner.reset();
        scanner.scan("34\"", stamps);
        CPPUNIT_ASSERT(stamps.empty());
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(EventStampScannerTest);
