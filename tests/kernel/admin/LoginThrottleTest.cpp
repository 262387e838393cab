// The admin login throttle on a clock the test moves: lockout, its end, the window, and the bounded table.
#include "admin/LoginThrottle.h"

#include <cppunit/extensions/HelperMacros.h>

#include <string>
#include <thread>
#include <vector>

using sluice::admin::LoginThrottle;
using namespace std::chrono_literals;

namespace {

/** A clock that moves only when the test says so. */
struct TestClock {
    LoginThrottle::Clock::time_point now{};

    LoginThrottle::Now source() {
        return [this] { return now; };
    }
};

sluice::admin::LoginLimits limits(size_t maxClients = 100) {
    sluice::admin::LoginLimits l;
    l.maxFailures = 3;
    l.window = 60s;
    l.lockout = 300s;
    l.maxClients = maxClients;
    return l;
}

/** Records n failures from address; true when the last one locked it out. */
bool failTimes(LoginThrottle& throttle, const std::string& address, size_t n) {
    bool locked = false;
    for (size_t i = 0; i < n; ++i) locked = throttle.recordFailure(address);
    return locked;
}

}  // namespace

class LoginThrottleTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(LoginThrottleTest);
    CPPUNIT_TEST(locksOutAfterTooManyFailuresForTheLockout);
    CPPUNIT_TEST(failuresOutsideTheWindowDoNotAddUp);
    CPPUNIT_TEST(successForgetsFailures);
    CPPUNIT_TEST(addressesCountSeparately);
    CPPUNIT_TEST(anIpv6ClientCountsByItsPrefix);
    CPPUNIT_TEST(aFullTableSendsNewcomersToOneSharedEntry);
    CPPUNIT_TEST(idleEntriesMakeRoom);
    CPPUNIT_TEST(isSafeAcrossThreads);
    CPPUNIT_TEST_SUITE_END();

public:
    void locksOutAfterTooManyFailuresForTheLockout() {
        TestClock clock;
        LoginThrottle throttle(limits(), clock.source());
        CPPUNIT_ASSERT(!failTimes(throttle, "192.0.2.7", 2));
        CPPUNIT_ASSERT_EQUAL(0L, throttle.retryAfterSeconds("192.0.2.7"));
        CPPUNIT_ASSERT(throttle.recordFailure("192.0.2.7"));
        CPPUNIT_ASSERT_EQUAL(300L, throttle.retryAfterSeconds("192.0.2.7"));
        clock.now += 299s + 500ms;
        CPPUNIT_ASSERT_EQUAL(1L, throttle.retryAfterSeconds("192.0.2.7"));
        clock.now += 500ms;
        CPPUNIT_ASSERT_EQUAL(0L, throttle.retryAfterSeconds("192.0.2.7"));
        CPPUNIT_ASSERT(!throttle.recordFailure("192.0.2.7"));  // after the lockout, counting starts afresh
    }

    void failuresOutsideTheWindowDoNotAddUp() {
        TestClock clock;
        LoginThrottle throttle(limits(), clock.source());
        failTimes(throttle, "192.0.2.7", 2);
        clock.now += 61s;
        CPPUNIT_ASSERT(!failTimes(throttle, "192.0.2.7", 2));
        CPPUNIT_ASSERT_EQUAL(0L, throttle.retryAfterSeconds("192.0.2.7"));
    }

    void successForgetsFailures() {
        TestClock clock;
        LoginThrottle throttle(limits(), clock.source());
        failTimes(throttle, "192.0.2.7", 2);
        throttle.recordSuccess("192.0.2.7");
        CPPUNIT_ASSERT_EQUAL(size_t(0), throttle.trackedClients());
        CPPUNIT_ASSERT(!failTimes(throttle, "192.0.2.7", 2));
    }

    void addressesCountSeparately() {
        TestClock clock;
        LoginThrottle throttle(limits(), clock.source());
        CPPUNIT_ASSERT(failTimes(throttle, "192.0.2.7", 3));
        CPPUNIT_ASSERT_EQUAL(0L, throttle.retryAfterSeconds("192.0.2.8"));
        CPPUNIT_ASSERT_EQUAL(300L, throttle.retryAfterSeconds("::ffff:192.0.2.7"));  // the same client, seen on a dual-stack socket
    }

    void anIpv6ClientCountsByItsPrefix() {
        TestClock clock;
        LoginThrottle throttle(limits(), clock.source());
        throttle.recordFailure("2001:db8:1:2::1");
        throttle.recordFailure("2001:db8:1:2:aaaa::5");
        CPPUNIT_ASSERT(throttle.recordFailure("2001:db8:1:2:ffff:ffff:ffff:ffff"));
        CPPUNIT_ASSERT_EQUAL(300L, throttle.retryAfterSeconds("2001:db8:1:2::9"));
        CPPUNIT_ASSERT_EQUAL(0L, throttle.retryAfterSeconds("2001:db8:1:3::1"));
        CPPUNIT_ASSERT_EQUAL(size_t(1), throttle.trackedClients());
    }

    void aFullTableSendsNewcomersToOneSharedEntry() {
        TestClock clock;
        LoginThrottle throttle(limits(2), clock.source());
        throttle.recordFailure("192.0.2.1");
        throttle.recordFailure("192.0.2.2");
        for (int i = 0; i < 1000; ++i) throttle.recordFailure("198.51." + std::to_string(i / 250) + "." + std::to_string(i % 250));
        CPPUNIT_ASSERT_EQUAL(size_t(3), throttle.trackedClients());  // two clients and the shared entry
        CPPUNIT_ASSERT_EQUAL(300L, throttle.retryAfterSeconds("203.0.113.9"));  // a newcomer shares the locked entry
        CPPUNIT_ASSERT_EQUAL(0L, throttle.retryAfterSeconds("192.0.2.1"));       // tracked clients keep their own
    }

    void idleEntriesMakeRoom() {
        TestClock clock;
        LoginThrottle throttle(limits(2), clock.source());
        throttle.recordFailure("192.0.2.1");
        failTimes(throttle, "192.0.2.2", 3);
        clock.now += 61s;
        throttle.recordFailure("192.0.2.3");  // 192.0.2.1 is idle and goes; 192.0.2.2 is still locked out and stays
        CPPUNIT_ASSERT_EQUAL(size_t(2), throttle.trackedClients());
        CPPUNIT_ASSERT_EQUAL(239L, throttle.retryAfterSeconds("192.0.2.2"));
        CPPUNIT_ASSERT(failTimes(throttle, "192.0.2.3", 2));  // tracked on its own, not in the shared entry
        CPPUNIT_ASSERT_EQUAL(0L, throttle.retryAfterSeconds("192.0.2.4"));
    }

    void isSafeAcrossThreads() {
        LoginThrottle throttle(limits(64));
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&, t] {
                for (int i = 0; i < 2000; ++i) {
                    const std::string address = "10.0." + std::to_string(t) + "." + std::to_string(i % 100);
                    throttle.recordFailure(address);
                    throttle.retryAfterSeconds(address);
                    if (i % 7 == 0) throttle.recordSuccess(address);
                }
            });
        for (auto& thread : threads) thread.join();
        CPPUNIT_ASSERT(throttle.trackedClients() <= 65);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(LoginThrottleTest);
