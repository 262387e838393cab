// The process's CPUs, and a pinned thread that may use all of them for a while.
#include "util/CpuAffinity.h"

#include "support/ThreadCpus.h"

#include <cppunit/extensions/HelperMacros.h>

#include <thread>

using sluice::testsupport::cpusOf;
using sluice::util::processCpus;
using sluice::util::ProcessAffinityScope;
using sluice::util::runThisThreadOn;

class CpuAffinityTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(CpuAffinityTest);
    CPPUNIT_TEST(aPinnedThreadStillSeesEveryCpuOfTheProcess);
    CPPUNIT_TEST(theScopeWidensAPinnedThreadAndThenRestoresIt);
    CPPUNIT_TEST(theScopeLeavesAnUnpinnedThreadAsItIs);
    CPPUNIT_TEST_SUITE_END();

public:
    void aPinnedThreadStillSeesEveryCpuOfTheProcess() {
        const std::vector<int> all = cpusOf(pthread_self());  // CppUnit runs the tests on the main thread
        CPPUNIT_ASSERT(!all.empty());
        std::vector<int> seen;
        bool pinned = false;
        std::thread([&] {
            pinned = runThisThreadOn({all.back()});
            seen = processCpus();
        }).join();
        CPPUNIT_ASSERT(pinned);
        CPPUNIT_ASSERT(seen == all);
    }

    void theScopeWidensAPinnedThreadAndThenRestoresIt() {
        const std::vector<int> all = processCpus();
        std::vector<int> inside, after;
        bool pinned = false;
        std::thread([&] {
            pinned = runThisThreadOn({all.front()});
            {
                const ProcessAffinityScope scope;
                inside = cpusOf(pthread_self());
            }
            after = cpusOf(pthread_self());
        }).join();
        CPPUNIT_ASSERT(pinned);
        CPPUNIT_ASSERT(inside == all);
        CPPUNIT_ASSERT(after == std::vector<int>{all.front()});
    }

    void theScopeLeavesAnUnpinnedThreadAsItIs() {
        std::vector<int> inside, after;
        std::thread([&] {
            {
                const ProcessAffinityScope scope;
                inside = cpusOf(pthread_self());
            }
            after = cpusOf(pthread_self());
        }).join();
        CPPUNIT_ASSERT(inside == processCpus());
        CPPUNIT_ASSERT(after == processCpus());
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(CpuAffinityTest);
