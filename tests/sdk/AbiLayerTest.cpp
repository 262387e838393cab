// The C++ layer's promises at the ABI boundary: versions, exceptions, struct_size.
#include <sluice/plugin.hpp>
#include <sluice/testing.hpp>

#include <cppunit/extensions/HelperMacros.h>

namespace {

class ThrowingAdapter : public sluice::ProviderAdapter {
public:
    ThrowingAdapter(const sluice::Host&, std::string_view config) {
        if (config == "fail") throw std::runtime_error("bad config");
    }
    sluice::UpstreamRequest buildRequest(const sluice::ProviderCall&) override { throw std::logic_error("bug"); }
    std::string translateResponse(const sluice::ProviderCall&, std::string_view, sluice::Usage& usage) override {
        usage.promptTokens = 3;
        usage.reasoningTokens = 9;
        return "ok";
    }
    std::unique_ptr<sluice::StreamTranslator> newStream(const sluice::ProviderCall&) override {
        throw sluice::PluginError(SLUICE_ERR_INVALID_INPUT, "no streams");
    }
    sluice::ErrorInfo classifyError(int, const sluice::HeaderViews&, std::string_view) override { throw 42; }
};

using Binding = sluice::detail::ProviderBinding<ThrowingAdapter>;

}  // namespace

class AbiLayerTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(AbiLayerTest);
    CPPUNIT_TEST(entrySymbolNamesTheMajor);
    CPPUNIT_TEST(acceptsOnlyItsMajor);
    CPPUNIT_TEST(exceptionsBecomeStatuses);
    CPPUNIT_TEST(usageRespectsHostStructSize);
    CPPUNIT_TEST(hostServicesPastStructSizeAreAbsent);
    CPPUNIT_TEST(callFieldsPastStructSizeAreAbsent);
    CPPUNIT_TEST(sinksGivenToTheHostNeverThrow);
    CPPUNIT_TEST(localModeOnlyForLocalProviders);
    CPPUNIT_TEST_SUITE_END();

public:
    void entrySymbolNamesTheMajor() {
        CPPUNIT_ASSERT_EQUAL(std::string("sluice_plugin_entry_v") + std::to_string(SLUICE_ABI_MAJOR),
                             std::string(SLUICE_ENTRY_SYMBOL));
    }

    void acceptsOnlyItsMajor() {
        sluice::testing::FakeHost host;
        CPPUNIT_ASSERT(sluice::detail::acceptHost(host.api()));
        sluice_host_api other = *host.api();
        other.abi_major = SLUICE_ABI_MAJOR + 1;
        CPPUNIT_ASSERT(!sluice::detail::acceptHost(&other));
        CPPUNIT_ASSERT(!sluice::detail::acceptHost(nullptr));
    }

    void exceptionsBecomeStatuses() {
        sluice::testing::FakeHost host;
        sluice::testing::Collector err;
        void* instance = nullptr;
        CPPUNIT_ASSERT_EQUAL(SLUICE_ERR_INTERNAL, Binding::vtable.create(host.api(), {"fail", 4}, &instance, err.abi()));
        CPPUNIT_ASSERT_EQUAL(std::string("bad config"), err.joined());
        CPPUNIT_ASSERT_EQUAL(SLUICE_OK, Binding::vtable.create(host.api(), {"{}", 2}, &instance, err.abi()));
        sluice::testing::CallSpec spec;
        sluice_provider_call call = spec.abi();
        void* stream = nullptr;
        sluice::testing::Collector err2;
        CPPUNIT_ASSERT_EQUAL(SLUICE_ERR_INVALID_INPUT, Binding::vtable.stream_new(instance, &call, &stream, err2.abi()));
        CPPUNIT_ASSERT_EQUAL(std::string("no streams"), err2.joined());
        sluice_error_info info{sizeof(sluice_error_info), SLUICE_ERROR_CLIENT, 0, 0};
        sluice::testing::Collector message;
        Binding::vtable.classify_error(instance, 500, nullptr, 0, {"", 0}, &info, message.abi());
        CPPUNIT_ASSERT_EQUAL(SLUICE_ERROR_RETRYABLE, info.error_class);
        Binding::vtable.destroy(instance);
    }

    void usageRespectsHostStructSize() {
        sluice::testing::FakeHost host;
        sluice::testing::Collector err, out;
        void* instance = nullptr;
        Binding::vtable.create(host.api(), {"{}", 2}, &instance, err.abi());
        sluice_usage usage{};
        usage.struct_size = offsetof(sluice_usage, cached_prompt_tokens);  // a host that knows three fields
        usage.reasoning_tokens = -7;
        sluice::testing::CallSpec spec;
        sluice_provider_call call = spec.abi();
        CPPUNIT_ASSERT_EQUAL(SLUICE_OK, Binding::vtable.translate_response(instance, &call, {"{}", 2}, out.abi(), &usage, err.abi()));
        CPPUNIT_ASSERT_EQUAL(int64_t(3), usage.prompt_tokens);
        CPPUNIT_ASSERT_EQUAL(int64_t(-7), usage.reasoning_tokens);
        Binding::vtable.destroy(instance);
    }

    void hostServicesPastStructSizeAreAbsent() {
        sluice::testing::FakeHost host;
        sluice_host_api older = *host.api();
        older.struct_size = offsetof(sluice_host_api, http_fetch);  // a 1.0 host
        CPPUNIT_ASSERT_THROW(sluice::Host(&older).secret("TOKEN"), sluice::PluginError);
        older.struct_size = offsetof(sluice_host_api, log);  // a host whose table ends before log
        sluice::Host shortest(&older);
        shortest.log(SLUICE_LOG_INFO, "past the table");
        CPPUNIT_ASSERT(!shortest.counterAdd("calls"));
        CPPUNIT_ASSERT(host.logs.empty());
        CPPUNIT_ASSERT(host.counters.empty());
    }

    void callFieldsPastStructSizeAreAbsent() {
        sluice::testing::CallSpec spec;
        spec.stream = spec.includeUsage = true;
        sluice_provider_call call = spec.abi();
        call.struct_size = offsetof(sluice_provider_call, include_usage);
        sluice::ProviderCall seen = sluice::detail::toCall(&call);
        CPPUNIT_ASSERT(seen.stream);
        CPPUNIT_ASSERT(!seen.includeUsage);
    }

    void sinksGivenToTheHostNeverThrow() {
        sluice::detail::StringSink sink;
        sluice_writer* abi = sink.abi();
        sluice_status status = SLUICE_OK;
        CPPUNIT_ASSERT_NO_THROW(status = abi->write(abi->ctx, "x", std::string().max_size() + 1));
        CPPUNIT_ASSERT_EQUAL(SLUICE_ERR_INTERNAL, status);
    }

    void localModeOnlyForLocalProviders() { CPPUNIT_ASSERT(Binding::vtable.serve_locally == nullptr); }
};

CPPUNIT_TEST_SUITE_REGISTRATION(AbiLayerTest);
