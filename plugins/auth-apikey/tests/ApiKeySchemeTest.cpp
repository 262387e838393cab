// auth-apikey: where the official OpenAI, Anthropic and Google clients put the key.
#include <sluice/testing.hpp>

#include <cppunit/extensions/HelperMacros.h>

namespace {

struct Outcome {
    sluice_status status;
    sluice_auth_outcome outcome;
    std::string credential;
    std::string message;
};

Outcome authenticate(const std::vector<std::pair<std::string, std::string>>& headers, const std::string& query = {}) {
    sluice::testing::FakeHost host;
    const sluice_plugin_descriptor* d = sluice_plugin_entry_v1(host.api());
    auto vtable = static_cast<const sluice_auth_vtable*>(d->vtable);
    void* instance = nullptr;
    sluice::testing::Collector credential, err;
    vtable->create(host.api(), {"{}", 2}, &instance, err.abi());
    std::vector<sluice_header> abi;
    for (const auto& [n, v] : headers) abi.push_back({{n.data(), n.size()}, {v.data(), v.size()}});
    Outcome out{};
    out.status = vtable->authenticate(instance, abi.data(), abi.size(), {query.data(), query.size()}, &out.outcome,
                                      credential.abi(), err.abi());
    vtable->destroy(instance);
    out.credential = credential.joined();
    out.message = err.joined();
    return out;
}

}  // namespace

class ApiKeySchemeTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ApiKeySchemeTest);
    CPPUNIT_TEST(readsBearerToken);
    CPPUNIT_TEST(readsAnthropicAndGoogleHeaders);
    CPPUNIT_TEST(readsGoogleQueryKey);
    CPPUNIT_TEST(reportsNoCredential);
    CPPUNIT_TEST(rejectsMalformedCredentials);
    CPPUNIT_TEST_SUITE_END();

public:
    void readsBearerToken() {
        auto out = authenticate({{"content-type", "application/json"}, {"authorization", "Bearer sk-test-0001"}});
        CPPUNIT_ASSERT_EQUAL(SLUICE_AUTH_API_KEY, out.outcome);
        CPPUNIT_ASSERT_EQUAL(std::string("sk-test-0001"), out.credential);
        CPPUNIT_ASSERT_EQUAL(std::string("sk-x"), authenticate({{"authorization", "bearer   sk-x "}}).credential);
    }

    void readsAnthropicAndGoogleHeaders() {
        CPPUNIT_ASSERT_EQUAL(std::string("sk-a"), authenticate({{"x-api-key", "sk-a"}}).credential);
        CPPUNIT_ASSERT_EQUAL(std::string("sk-g"), authenticate({{"x-goog-api-key", "sk-g"}}).credential);
    }

    void readsGoogleQueryKey() {
        auto out = authenticate({}, "alt=sse&key=sk-q");
        CPPUNIT_ASSERT_EQUAL(SLUICE_AUTH_API_KEY, out.outcome);
        CPPUNIT_ASSERT_EQUAL(std::string("sk-q"), out.credential);
    }

    void reportsNoCredential() {
        CPPUNIT_ASSERT_EQUAL(SLUICE_AUTH_NO_CREDENTIAL, authenticate({{"accept", "*/*"}}, "alt=sse").outcome);
    }

    void rejectsMalformedCredentials() {
        auto basic = authenticate({{"authorization", "Basic dXNlcjpwYXNz"}});
        CPPUNIT_ASSERT_EQUAL(SLUICE_AUTH_REJECTED, basic.outcome);
        CPPUNIT_ASSERT(basic.message.find("Bearer") != std::string::npos);
        CPPUNIT_ASSERT_EQUAL(SLUICE_AUTH_REJECTED, authenticate({{"authorization", "Bearer "}}).outcome);
        CPPUNIT_ASSERT_EQUAL(SLUICE_AUTH_REJECTED, authenticate({{"authorization", "Bearer a b"}}).outcome);
        CPPUNIT_ASSERT_EQUAL(SLUICE_AUTH_REJECTED, authenticate({{"x-api-key", std::string(300, 'k')}}).outcome);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ApiKeySchemeTest);
