// The host's writers and request-builder callbacks never throw into a plugin's frames:
// a failure answers a status, and the host rethrows it once the plugin call returned.
#include "plugins/AbiWriters.h"
#include "plugins/RequestCollector.h"

#include <cppunit/extensions/HelperMacros.h>

#include <new>
#include <stdexcept>
#include <string>

using sluice::plugins::CallbackWriter;
using sluice::plugins::RequestCollector;
using sluice::plugins::StringWriter;

namespace {

/** A length no std::string can hold: taking it throws std::length_error before any byte is read. */
size_t pastMaxSize() { return std::string().max_size() + 1; }

}  // namespace

class HostCallbacksTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(HostCallbacksTest);
    CPPUNIT_TEST(aStringWriterThatCannotAppendAnswersCancelled);
    CPPUNIT_TEST(aCallbackOutOfMemoryAnswersCancelled);
    CPPUNIT_TEST(requestBuilderCallbacksKeepTheirFailure);
    CPPUNIT_TEST_SUITE_END();

public:
    void aStringWriterThatCannotAppendAnswersCancelled() {
        StringWriter writer;
        sluice_writer* abi = writer.abi();
        sluice_status status = SLUICE_OK;
        CPPUNIT_ASSERT_NO_THROW(status = abi->write(abi->ctx, "x", pastMaxSize()));
        CPPUNIT_ASSERT_EQUAL(SLUICE_ERR_CANCELLED, status);
        CPPUNIT_ASSERT_THROW(writer.rethrowIfFailed(), std::length_error);
    }

    void aCallbackOutOfMemoryAnswersCancelled() {
        CallbackWriter writer([](std::string_view) -> bool { throw std::bad_alloc(); });
        sluice_writer* abi = writer.abi();
        sluice_status status = SLUICE_OK;
        CPPUNIT_ASSERT_NO_THROW(status = abi->write(abi->ctx, "event", 5));
        CPPUNIT_ASSERT_EQUAL(SLUICE_ERR_CANCELLED, status);
        CPPUNIT_ASSERT_THROW(writer.rethrowIfFailed(), std::bad_alloc);
    }

    void requestBuilderCallbacksKeepTheirFailure() {
        RequestCollector collector;
        sluice_request_builder* builder = collector.abi();
        CPPUNIT_ASSERT_NO_THROW(builder->set_method(builder->ctx, "POST", 4));
        CPPUNIT_ASSERT_NO_THROW(builder->add_header(builder->ctx, "x-huge", 6, "v", pastMaxSize()));
        CPPUNIT_ASSERT_NO_THROW(builder->set_url(builder->ctx, "u", pastMaxSize()));
        CPPUNIT_ASSERT_EQUAL(SLUICE_ERR_CANCELLED, builder->body.write(builder->body.ctx, "b", pastMaxSize()));
        CPPUNIT_ASSERT_THROW(collector.take(), std::length_error);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(HostCallbacksTest);
