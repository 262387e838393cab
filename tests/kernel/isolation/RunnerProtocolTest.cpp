// The runner's frames: messages survive encoding, and oversized or truncated frames fail clearly.
#include "isolation/FrameChannel.h"
#include "isolation/RunnerProtocol.h"

#include <cppunit/extensions/HelperMacros.h>

#include <unistd.h>

using namespace sluice::isolation;

namespace {

/** Both ends of one pipe, closed at the end of the test. */
struct PipeEnds {
    int fds[2];
    PipeEnds() { CPPUNIT_ASSERT_EQUAL(0, pipe(fds)); }
    ~PipeEnds() {
        for (int fd : fds)
            if (fd >= 0) close(fd);
    }
};

}  // namespace

class RunnerProtocolTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(RunnerProtocolTest);
    CPPUNIT_TEST(requestRoundTrips);
    CPPUNIT_TEST(responseRoundTrips);
    CPPUNIT_TEST(truncatedPayloadIsRefused);
    CPPUNIT_TEST(framesCrossAPipe);
    CPPUNIT_TEST(oversizedFramesAreRefused);
    CPPUNIT_TEST_SUITE_END();

public:
    void requestRoundTrips() {
        RunnerRequest request;
        request.operation = RunnerOperation::ClassifyError;
        request.call = RunnerCall{"https://x", "sk", "m", "{}", std::string("{\"a\":\0}", 7), 1, 0, "anthropic-messages", "chat"};
        request.bytes = "body";
        request.httpStatus = 429;
        request.headers = {{"retry-after", "7"}, {"x", ""}};
        request.streamId = (uint64_t(3) << 32) + 5;
        RunnerRequest decoded = decodeRequest(encodeRequest(request));
        CPPUNIT_ASSERT(decoded.operation == RunnerOperation::ClassifyError);
        CPPUNIT_ASSERT_EQUAL(request.call.requestBody, decoded.call.requestBody);
        CPPUNIT_ASSERT_EQUAL(request.call.apiKey, decoded.call.apiKey);
        CPPUNIT_ASSERT_EQUAL(1, decoded.call.stream);
        CPPUNIT_ASSERT_EQUAL(std::string("anthropic-messages"), decoded.call.format);
        CPPUNIT_ASSERT_EQUAL(std::string("chat"), decoded.call.operation);
        CPPUNIT_ASSERT_EQUAL(std::string("body"), decoded.bytes);
        CPPUNIT_ASSERT_EQUAL(429, decoded.httpStatus);
        CPPUNIT_ASSERT(request.headers == decoded.headers);
        CPPUNIT_ASSERT_EQUAL(request.streamId, decoded.streamId);
    }

    void responseRoundTrips() {
        RunnerResponse response;
        response.status = SLUICE_ERR_CANCELLED;
        response.error = "gone";
        response.writes = {"data: 1\n\n", "", "data: 2\n\n"};
        response.method = "POST";
        response.headers = {{"Authorization", "Bearer k"}};
        response.usage.total_tokens = 42;
        response.errorInfo.error_class = SLUICE_ERROR_CLIENT;
        response.errorInfo.retry_after_ms = 7000;
        RunnerResponse decoded = decodeResponse(encodeResponse(response));
        CPPUNIT_ASSERT_EQUAL(SLUICE_ERR_CANCELLED, decoded.status);
        CPPUNIT_ASSERT_EQUAL(std::string("gone"), decoded.error);
        CPPUNIT_ASSERT(response.writes == decoded.writes);
        CPPUNIT_ASSERT(response.headers == decoded.headers);
        CPPUNIT_ASSERT_EQUAL(int64_t(42), decoded.usage.total_tokens);
        CPPUNIT_ASSERT_EQUAL(int64_t(-1), decoded.usage.prompt_tokens);
        CPPUNIT_ASSERT_EQUAL(SLUICE_ERROR_CLIENT, decoded.errorInfo.error_class);
        CPPUNIT_ASSERT_EQUAL(int64_t(7000), decoded.errorInfo.retry_after_ms);
    }

    void truncatedPayloadIsRefused() {
        std::string payload = encodeResponse(RunnerResponse{});
        CPPUNIT_ASSERT_THROW(decodeResponse(payload.substr(0, payload.size() - 1)), std::runtime_error);
        CPPUNIT_ASSERT_THROW(decodeResponse(payload + "x"), std::runtime_error);
        std::string hugeCount = payload.substr(0, 8) + std::string("\xff\xff\xff\x7f", 4);
        CPPUNIT_ASSERT_THROW(decodeResponse(hugeCount), std::runtime_error);
    }

    void framesCrossAPipe() {
        PipeEnds pipe;
        FrameChannel channel(pipe.fds[0], pipe.fds[1]);
        channel.send("first");
        channel.send("");
        CPPUNIT_ASSERT_EQUAL(std::string("first"), *channel.receive());
        CPPUNIT_ASSERT_EQUAL(std::string(), *channel.receive());
        close(pipe.fds[1]);
        pipe.fds[1] = -1;
        CPPUNIT_ASSERT(!channel.receive());
    }

    void oversizedFramesAreRefused() {
        PipeEnds pipe;
        FrameChannel channel(pipe.fds[0], pipe.fds[1]);
        try {
            channel.send(std::string(kMaxFrameBytes + 1, 'x'));
            CPPUNIT_FAIL("an oversized frame was sent");
        } catch (const std::length_error& e) {
            CPPUNIT_ASSERT_EQUAL(std::string("runner frame of 67108865 bytes exceeds the limit of 67108864 bytes"),
                                 std::string(e.what()));
        }
        uint32_t hugeLength = kMaxFrameBytes + 1;
        CPPUNIT_ASSERT_EQUAL(ssize_t(sizeof(hugeLength)), write(pipe.fds[1], &hugeLength, sizeof(hugeLength)));
        CPPUNIT_ASSERT_THROW(channel.receive(), std::length_error);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(RunnerProtocolTest);
