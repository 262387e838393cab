#include "catalog/CatalogService.h"

#include "store/ChannelStore.h"
#include "store/ConfigVersion.h"
#include "store/TokenStore.h"
#include "util/ThreadName.h"

#include <Poco/Logger.h>

#include <soci/soci.h>

namespace sluice::catalog {

CatalogService::CatalogService(store::Database& database, int reloadIntervalMs)
    : database_(database), interval_(reloadIntervalMs), published_(load()) {}

CatalogService::~CatalogService() { stop(); }

std::shared_ptr<const Catalog> CatalogService::load() {
    soci::session sql(database_.pool());
    soci::transaction transaction(sql);
    int64_t version = store::ConfigVersion::read(sql);
    auto channels = store::ChannelStore::loadAll(sql);
    auto tokens = store::TokenStore::loadAll(sql);
    transaction.commit();
    return std::make_shared<const Catalog>(std::move(channels), std::move(tokens), version);
}

bool CatalogService::refresh() {
    int64_t stored = 0;
    {
        soci::session sql(database_.pool());
        stored = store::ConfigVersion::read(sql);
    }
    if (stored == current()->version()) return false;
    auto next = load();
    if (listener_) listener_();
    Poco::Logger::get("sluice.catalog").information("configuration version %?d loaded", next->version());
    published_.publish(std::move(next));
    return true;
}

void CatalogService::start() {
    thread_ = std::thread([this] {
        util::nameThisThread("catalog-watch");
        std::unique_lock<std::mutex> lock(mutex_);
        while (!wake_.wait_for(lock, interval_, [this] { return stopping_; })) {
            lock.unlock();
            try {
                refresh();
            } catch (const std::exception& e) {
                Poco::Logger::get("sluice.catalog").error("configuration reload failed: %s", std::string(e.what()));
            }
            lock.lock();
        }
    });
}

void CatalogService::stop() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
}

}  // namespace sluice::catalog
