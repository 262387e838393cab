// Each loop's snapshot copies follow `sluice apply`, and a loop without requests lets go of a replaced one.
#include "pipeline/LoopSnapshots.h"

#include "metrics/MetricsRegistry.h"
#include "provisioning/Provisioner.h"
#include "provisioning/ProvisioningPlan.h"
#include "store/Migration.h"
#include "store/Migrator.h"
#include "support/TempDir.h"
#include "util/Secrets.h"

#include <cppunit/extensions/HelperMacros.h>

#include <chrono>
#include <future>
#include <thread>

using namespace sluice;

namespace {

void apply(store::Database& db, const std::string& tokenName) {
    provisioning::Provisioner(db).apply(provisioning::ProvisioningPlan::parse(
        R"({"tokens":[{"name":")" + tokenName + R"(","key":"sk-)" + tokenName + R"("}]})"));
}

/** A running event loop on its own thread, stopped and joined on destruction. */
struct RunningLoop {
    net::EventLoop loop;
    std::thread thread{[this] { loop.run(); }};

    ~RunningLoop() {
        loop.stop();
        thread.join();
    }

    /** Runs task on the loop thread and waits for it. */
    template <class Task>
    void runAndWait(Task task) {
        std::promise<void> done;
        loop.post([&] {
            task();
            done.set_value();
        });
        done.get_future().wait();
    }
};

}  // namespace

class LoopSnapshotsTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(LoopSnapshotsTest);
    CPPUNIT_TEST(aRequestSeesTheNewCatalogAfterApply);
    CPPUNIT_TEST(anIdleLoopLetsGoOfAReplacedCatalog);
    CPPUNIT_TEST_SUITE_END();

public:
    void setUp() override {
        db_ = std::make_unique<store::Database>(dir_.sqliteUrl(), 1);
        store::Migrator(*db_, store::embeddedMigrations()).migrate();
        apply(*db_, "first");
        catalogs_ = std::make_unique<catalog::CatalogService>(*db_, 1000);
        plugins_ = std::make_unique<plugins::PluginHost>(metrics_);
    }

    void tearDown() override {
        plugins_.reset();
        catalogs_.reset();
        db_.reset();
    }

    void aRequestSeesTheNewCatalogAfterApply() {
        pipeline::LoopSnapshots snapshots(*catalogs_, *plugins_);
        CPPUNIT_ASSERT(snapshots.catalog.get()->findToken(util::sha256Hex("sk-first")));
        apply(*db_, "second");
        CPPUNIT_ASSERT(catalogs_->refresh());
        CPPUNIT_ASSERT(snapshots.catalog.get()->findToken(util::sha256Hex("sk-second")));
        CPPUNIT_ASSERT(snapshots.catalog.get() == snapshots.catalog.get());  // one copy until the next change
    }

    void anIdleLoopLetsGoOfAReplacedCatalog() {
        pipeline::LoopSnapshots snapshots(*catalogs_, *plugins_);
        RunningLoop running;
        std::weak_ptr<const catalog::Catalog> first;
        running.runAndWait([&] {
            snapshots.refreshEvery(running.loop, std::chrono::milliseconds(10));
            first = snapshots.catalog.get();
        });
        apply(*db_, "second");
        CPPUNIT_ASSERT(catalogs_->refresh());
        for (int i = 0; i < 200 && !first.expired(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
        CPPUNIT_ASSERT(first.expired());  // no request came, yet the loop dropped the old catalog
    }

private:
    testsupport::TempDir dir_;
    metrics::MetricsRegistry metrics_;
    std::unique_ptr<store::Database> db_;
    std::unique_ptr<catalog::CatalogService> catalogs_;
    std::unique_ptr<plugins::PluginHost> plugins_;
};

CPPUNIT_TEST_SUITE_REGISTRATION(LoopSnapshotsTest);
