// The per-thread usage buffer: nothing lost across threads, batch and bound signals exact.
#include "usage/ShardedUsageBuffer.h"

#include <cppunit/extensions/HelperMacros.h>

#include <atomic>
#include <set>
#include <thread>

using namespace sluice;
using Appended = usage::ShardedUsageBuffer::Appended;

namespace {

usage::UsageRecord row(const std::string& id) {
    usage::UsageRecord r;
    r.requestId = id;
    return r;
}

}  // namespace

class ShardedUsageBufferTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ShardedUsageBufferTest);
    CPPUNIT_TEST(drainsEveryThreadsRecordsOnce);
    CPPUNIT_TEST(reportsABatchOncePerFilledShard);
    CPPUNIT_TEST(dropsBeyondTheShardMaximum);
    CPPUNIT_TEST(buffersOnOneThreadStayApart);
    CPPUNIT_TEST_SUITE_END();

public:
    void drainsEveryThreadsRecordsOnce() {
        usage::ShardedUsageBuffer buffer(100, 100000);
        std::deque<usage::UsageRecord> drained;
        std::atomic<bool> producing{true};
        std::vector<std::thread> producers;
        for (int t = 0; t < 4; ++t)
            producers.emplace_back([&, t] {
                for (int i = 0; i < 5000; ++i) buffer.append(row(std::to_string(t) + "-" + std::to_string(i)));
            });
        std::thread drainer([&] {  // drains while producers append, as the writer does
            while (producing) buffer.drainInto(drained);
        });
        for (auto& p : producers) p.join();
        producing = false;
        drainer.join();
        buffer.drainInto(drained);
        std::set<std::string> ids;
        for (const auto& r : drained) ids.insert(r.requestId);
        CPPUNIT_ASSERT_EQUAL(size_t(20000), drained.size());
        CPPUNIT_ASSERT_EQUAL(size_t(20000), ids.size());
        CPPUNIT_ASSERT_EQUAL(size_t(0), buffer.size());
    }

    void reportsABatchOncePerFilledShard() {
        usage::ShardedUsageBuffer buffer(3, 100);
        CPPUNIT_ASSERT(buffer.append(row("a")) == Appended::Buffered);
        CPPUNIT_ASSERT(buffer.append(row("b")) == Appended::Buffered);
        CPPUNIT_ASSERT(buffer.append(row("c")) == Appended::BatchReady);
        CPPUNIT_ASSERT(buffer.append(row("d")) == Appended::Buffered);
        Appended onOtherThread = Appended::Dropped;
        std::thread([&] { onOtherThread = buffer.append(row("e")); }).join();
        CPPUNIT_ASSERT(onOtherThread == Appended::Buffered);  // its own shard holds one record
        CPPUNIT_ASSERT_EQUAL(size_t(5), buffer.size());
        std::deque<usage::UsageRecord> drained;
        buffer.drainInto(drained);
        CPPUNIT_ASSERT(buffer.append(row("f")) == Appended::Buffered);  // counting starts over after a drain
        CPPUNIT_ASSERT(buffer.append(row("g")) == Appended::Buffered);
        CPPUNIT_ASSERT(buffer.append(row("h")) == Appended::BatchReady);
    }

    void dropsBeyondTheShardMaximum() {
        usage::ShardedUsageBuffer buffer(10, 2);
        CPPUNIT_ASSERT(buffer.append(row("a")) == Appended::Buffered);
        CPPUNIT_ASSERT(buffer.append(row("b")) == Appended::Buffered);
        CPPUNIT_ASSERT(buffer.append(row("c")) == Appended::Dropped);
        std::deque<usage::UsageRecord> drained;
        buffer.drainInto(drained);
        CPPUNIT_ASSERT_EQUAL(size_t(2), drained.size());
        CPPUNIT_ASSERT_EQUAL(std::string("b"), drained.back().requestId);
    }

    void buffersOnOneThreadStayApart() {
        for (int round = 0; round < 3; ++round) {  // more buffers than a thread caches, and reused addresses
            usage::ShardedUsageBuffer first(100, 100), second(100, 100), third(100, 100), fourth(100, 100),
                fifth(100, 100);
            usage::ShardedUsageBuffer* all[] = {&first, &second, &third, &fourth, &fifth};
            for (int pass = 0; pass < 2; ++pass)
                for (size_t i = 0; i < 5; ++i) all[i]->append(row(std::to_string(i)));
            for (size_t i = 0; i < 5; ++i) {
                std::deque<usage::UsageRecord> drained;
                all[i]->drainInto(drained);
                CPPUNIT_ASSERT_EQUAL(size_t(2), drained.size());
                for (const auto& r : drained) CPPUNIT_ASSERT_EQUAL(std::to_string(i), r.requestId);
            }
        }
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ShardedUsageBufferTest);
