// Per-thread snapshot copies: always the newest published value, sharing no reference count with other threads.
#include "util/LocalSnapshot.h"

#include <cppunit/extensions/HelperMacros.h>

#include <atomic>
#include <thread>
#include <vector>

using namespace sluice;

class LocalSnapshotTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(LocalSnapshotTest);
    CPPUNIT_TEST(copiesTouchOnlyTheLocalReferenceCount);
    CPPUNIT_TEST(followsEachPublication);
    CPPUNIT_TEST(aHeldCopyOutlivesItsReplacement);
    CPPUNIT_TEST(readersOnManyThreadsEndOnTheLastValue);
    CPPUNIT_TEST_SUITE_END();

public:
    void copiesTouchOnlyTheLocalReferenceCount() {
        auto first = std::make_shared<const int>(1);
        util::Published<int> cell(first);
        util::LocalSnapshot<int> local(cell);
        const long before = first.use_count();
        std::vector<std::shared_ptr<const int>> requests;
        for (int i = 0; i < 10; ++i) requests.push_back(local.get());
        CPPUNIT_ASSERT_EQUAL(before + 1, first.use_count());  // the local copy's one reference, not eleven
        CPPUNIT_ASSERT(requests.front().get() == first.get());
        CPPUNIT_ASSERT_EQUAL(11L, requests.front().use_count());  // counted on the local control block
    }

    void followsEachPublication() {
        util::Published<int> cell(std::make_shared<const int>(1));
        util::LocalSnapshot<int> local(cell);
        CPPUNIT_ASSERT_EQUAL(1, *local.get());
        const uint64_t generation = cell.generation();
        cell.publish(std::make_shared<const int>(2));
        CPPUNIT_ASSERT(cell.generation() != generation);
        CPPUNIT_ASSERT_EQUAL(2, *local.get());
        cell.publish(std::make_shared<const int>(3));
        CPPUNIT_ASSERT_EQUAL(3, *local.get());
        CPPUNIT_ASSERT_EQUAL(3, *cell.current());
    }

    void aHeldCopyOutlivesItsReplacement() {
        auto first = std::make_shared<const int>(1);
        std::weak_ptr<const int> watch = first;
        util::Published<int> cell(std::move(first));
        util::LocalSnapshot<int> local(cell);
        std::shared_ptr<const int> request = local.get();
        cell.publish(std::make_shared<const int>(2));
        CPPUNIT_ASSERT_EQUAL(2, *local.get());
        CPPUNIT_ASSERT_EQUAL(1, *request);  // the request that started before the change keeps its snapshot
        CPPUNIT_ASSERT(!watch.expired());
        request.reset();
        CPPUNIT_ASSERT(watch.expired());  // and it goes when that request ends
    }

    void readersOnManyThreadsEndOnTheLastValue() {
        util::Published<int> cell(std::make_shared<const int>(0));
        constexpr int kLast = 2000;
        std::atomic<bool> published{false};
        std::atomic<int> wrongOrder{0};
        std::vector<std::thread> readers;
        std::vector<int> finals(3, -1);
        for (size_t t = 0; t < finals.size(); ++t)
            readers.emplace_back([&, t] {
                util::LocalSnapshot<int> local(cell);
                int seen = 0;
                for (bool done = false; !done;) {
                    done = published.load();
                    const int value = *local.get();
                    if (value < seen) ++wrongOrder;  // never goes back to an older snapshot
                    seen = value;
                }
                finals[t] = seen;
            });
        for (int i = 1; i <= kLast; ++i) cell.publish(std::make_shared<const int>(i));
        published = true;
        for (auto& reader : readers) reader.join();
        CPPUNIT_ASSERT_EQUAL(0, wrongOrder.load());
        for (int value : finals) CPPUNIT_ASSERT_EQUAL(kLast, value);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(LocalSnapshotTest);
