// Upstream replies passed on to a caller or a log never carry the channel's keys.
#include "util/Secrets.h"

#include <cppunit/extensions/HelperMacros.h>

using sluice::util::redactSecrets;

class RedactSecretsTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(RedactSecretsTest);
    CPPUNIT_TEST(replacesEveryEchoOfEveryKey);
    CPPUNIT_TEST(findsAKeyInItsJsonEscapedForm);
    CPPUNIT_TEST(leavesTextWithoutKeysAlone);
    CPPUNIT_TEST_SUITE_END();

public:
    /** The probe's upstream echoed the request's Authorization header in its 4xx body. */
    void replacesEveryEchoOfEveryKey() {
        const std::string echoed =
            R"({"error":{"message":"bad request; you sent Authorization: Bearer sk-up-1234 (sk-up-1234), backup sk-up-5678"}})";
        const std::string redacted = redactSecrets(echoed, {"sk-up-1234", "sk-up-5678"});
        CPPUNIT_ASSERT(redacted.find("sk-up-") == std::string::npos);
        CPPUNIT_ASSERT_EQUAL(
            std::string(R"({"error":{"message":"bad request; you sent Authorization: Bearer [redacted] ([redacted]), backup [redacted]"}})"),
            redacted);
    }

    void findsAKeyInItsJsonEscapedForm() {
        CPPUNIT_ASSERT_EQUAL(std::string(R"({"key":"[redacted]","again":"[redacted]"})"),
                             redactSecrets(R"({"key":"ab\/cd\"ef","again":"ab/cd\"ef"})", {"ab/cd\"ef"}));
    }

    void leavesTextWithoutKeysAlone() {
        CPPUNIT_ASSERT_EQUAL(std::string("nothing here"), redactSecrets("nothing here", {"sk-secret", "", "ab"}));
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(RedactSecretsTest);
