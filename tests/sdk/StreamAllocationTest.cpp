// The streaming path allocates nothing per event: a long stream costs the heap what a short one does.
// This runner replaces the global operator new to count allocations, so it is a binary of its own.
#include <sluice/openai_compatible.hpp>
#include <sluice/sse_parser.hpp>

#include <cppunit/extensions/HelperMacros.h>

#include <atomic>
#include <memory>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

namespace {

std::atomic<size_t> allocations{0};

}  // namespace

void* operator new(std::size_t size) {
    allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* memory = std::malloc(size == 0 ? 1 : size)) return memory;
    throw std::bad_alloc();
}
void operator delete(void* memory) noexcept { std::free(memory); }
void operator delete(void* memory, std::size_t) noexcept { std::free(memory); }

namespace {

/** A content event as OpenAI streams it, with the token's text in it. */
std::string contentEvent(int n) {
    return R"(data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1741569952,"model":"gpt-4o-mini",)"
           R"("choices":[{"index":0,"delta":{"content":"token )" +
           std::to_string(n % 10) + R"("},"logprobs":null,"finish_reason":null}],"usage":null})" + "\n\n";
}

const std::string kUsageEvent =
    R"(data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1741569952,"model":"gpt-4o-mini",)"
    R"("choices":[],"usage":{"prompt_tokens":9,"completion_tokens":1000,"total_tokens":1009}})"
    "\n\n";

/** Allocations made by feeding `events` to a warmed-up translator, each event as its own read. */
size_t allocationsFeeding(sluice::openai::StreamPassThrough& translator, const std::vector<std::string>& events) {
    sluice_writer discard{nullptr, [](void*, const char*, size_t) { return SLUICE_OK; }};
    sluice::Sink sink(&discard);
    const size_t before = allocations.load();
    for (const std::string& event : events) translator.feed(event, sink);
    return allocations.load() - before;
}

}  // namespace

class StreamAllocationTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(StreamAllocationTest);
    CPPUNIT_TEST(theCounterSeesAllocations);
    CPPUNIT_TEST(contentEventsAllocateNothing);
    CPPUNIT_TEST(eventsSplitAcrossReadsAllocateNothing);
    CPPUNIT_TEST(theUsageEventAllocatesNothing);
    CPPUNIT_TEST_SUITE_END();

public:
    void theCounterSeesAllocations() {
        const size_t before = allocations.load();
        auto text = std::make_unique<std::string>(100, 'x');
        CPPUNIT_ASSERT(allocations.load() - before >= 1);  // else the checks below would prove nothing
    }

    void contentEventsAllocateNothing() {
        sluice::openai::StreamPassThrough translator(true);
        std::vector<std::string> events;
        for (int i = 0; i < 1000; ++i) events.push_back(contentEvent(i));
        allocationsFeeding(translator, {events.begin(), events.begin() + 10});  // buffers reach their size
        CPPUNIT_ASSERT_EQUAL(size_t(0), allocationsFeeding(translator, events));
    }

    void eventsSplitAcrossReadsAllocateNothing() {
        sluice::openai::StreamPassThrough translator(true);
        std::string all;
        for (int i = 0; i < 200; ++i) all += contentEvent(i);
        std::vector<std::string> reads;  // 7-byte reads: every event arrives in pieces
        for (size_t at = 0; at < all.size(); at += 7) reads.push_back(all.substr(at, 7));
        allocationsFeeding(translator, {reads.begin(), reads.begin() + 200});
        CPPUNIT_ASSERT_EQUAL(size_t(0), allocationsFeeding(translator, {reads.begin() + 200, reads.end()}));
    }

    void theUsageEventAllocatesNothing() {
        sluice::openai::StreamPassThrough translator(true);
        allocationsFeeding(translator, {contentEvent(0), contentEvent(1)});
        CPPUNIT_ASSERT_EQUAL(size_t(0), allocationsFeeding(translator, {kUsageEvent}));
        sluice_writer discard{nullptr, [](void*, const char*, size_t) { return SLUICE_OK; }};
        allocationsFeeding(translator, {"data: {\"choices\":[{\"finish_reason\":\"stop\"}]}\n\n", "data: [DONE]\n\n"});
        CPPUNIT_ASSERT_EQUAL(int64_t(1009), translator.finish(sluice::Sink(&discard)).totalTokens);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(StreamAllocationTest);
