// UTF-8 validation of request bodies: every ill-formed sequence is found where it starts.
#include "util/Utf8.h"

#include <cppunit/extensions/HelperMacros.h>

#include <string>

using sluice::util::findInvalidUtf8;

class Utf8Test : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(Utf8Test);
    CPPUNIT_TEST(acceptsWellFormedText);
    CPPUNIT_TEST(findsEachKindOfIllFormedSequence);
    CPPUNIT_TEST(findsTheFirstBadByteAfterLongAscii);
    CPPUNIT_TEST(agreesWithADecoderOnEveryTwoAndThreeByteInput);
    CPPUNIT_TEST_SUITE_END();

public:
    void acceptsWellFormedText() {
        const std::string samples[] = {"", "plain ASCII", "héllo", "你好，世界", "emoji 😀 and 𝄞", "\x7f",
                                       "\xc2\x80", "\xdf\xbf", "\xe0\xa0\x80", "\xed\x9f\xbf", "\xee\x80\x80",
                                       "\xf0\x90\x80\x80", "\xf4\x8f\xbf\xbf"};
        for (const std::string& text : samples) CPPUNIT_ASSERT_EQUAL_MESSAGE(text, text.size(), findInvalidUtf8(text));
    }

    void findsEachKindOfIllFormedSequence() {
        const std::pair<std::string, size_t> samples[] = {
            {"ab\x80", 2},              // lone continuation byte
            {"\xc0\xaf", 0},            // overlong '/'
            {"\xc1\xbf", 0},            // overlong
            {"\xe0\x9f\xbf", 0},        // overlong three-byte form
            {"\xf0\x8f\xbf\xbf", 0},    // overlong four-byte form
            {"x\xed\xa0\x80", 1},       // surrogate U+D800
            {"\xed\xbf\xbf", 0},        // surrogate U+DFFF
            {"\xf4\x90\x80\x80", 0},    // above U+10FFFF
            {"\xf5\x80\x80\x80", 0},    // no such lead byte
            {"\xff", 0},                // no such byte
            {"ok \xe4\xbd", 3},         // truncated at the end
            {"\xe4\xbd" "a", 0},        // continuation missing
            {"\xf0\x9f\x98" "abc", 0},  // continuation missing in a four-byte form
        };
        for (const auto& [text, at] : samples) CPPUNIT_ASSERT_EQUAL(at, findInvalidUtf8(text));
    }

    void findsTheFirstBadByteAfterLongAscii() {
        std::string text(37, 'a');
        text += "你好";
        text += std::string(20, 'b');
        CPPUNIT_ASSERT_EQUAL(text.size(), findInvalidUtf8(text));
        text[50] = '\xfe';
        CPPUNIT_ASSERT_EQUAL(size_t(50), findInvalidUtf8(text));
    }

    /** Every input of up to three bytes against a plain decoder that computes the code point. */
    void agreesWithADecoderOnEveryTwoAndThreeByteInput() {
        for (unsigned a = 0x80; a < 0x100; ++a)
            for (unsigned b = 0; b < 0x100; ++b) {
                const std::string two{static_cast<char>(a), static_cast<char>(b)};
                CPPUNIT_ASSERT_EQUAL_MESSAGE(std::to_string(a) + "," + std::to_string(b),
                                             decodes(two) ? two.size() : size_t(0), findInvalidUtf8(two));
                if (a < 0xE0 || a > 0xEF || (b & 0xC0) != 0x80) continue;
                for (unsigned c = 0; c < 0x100; ++c) {
                    const std::string three = two + static_cast<char>(c);
                    CPPUNIT_ASSERT_EQUAL(decodes(three) ? three.size() : size_t(0), findInvalidUtf8(three));
                }
            }
    }

private:
    /** Whether text is exactly one well-formed sequence, by decoding it and checking the code point's range. */
    static bool decodes(const std::string& text) {
        const auto lead = static_cast<unsigned char>(text[0]);
        const size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
        if (length != text.size() || lead >= 0xF8) return false;
        unsigned point = lead & (0x7F >> length);
        for (size_t i = 1; i < length; ++i) {
            const auto byte = static_cast<unsigned char>(text[i]);
            if ((byte & 0xC0) != 0x80) return false;
            point = (point << 6) | (byte & 0x3F);
        }
        const unsigned minimum[] = {0, 0, 0x80, 0x800, 0x10000};
        return point >= minimum[length] && point <= 0x10FFFF && (point < 0xD800 || point > 0xDFFF);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(Utf8Test);
