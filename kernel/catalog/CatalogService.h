// Keeps the current catalog snapshot and reloads it when the config version changes.
#pragma once

#include "catalog/Catalog.h"
#include "store/Database.h"
#include "util/Published.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace sluice::catalog {

/**
 * Serves lock-free snapshots to requests. A background thread polls the
 * config version (one tiny query per interval) and swaps in a new snapshot
 * when `sluice apply` or another instance changed the configuration.
 */
class CatalogService {
public:
    /** Loads the first snapshot synchronously; throws when the store cannot be read. */
    CatalogService(store::Database& database, int reloadIntervalMs);
    ~CatalogService();

    /** The snapshot to use for one request. */
    std::shared_ptr<const Catalog> current() const { return published_.current(); }

    /** The snapshot's publication point, for per-loop copies (util::LocalSnapshot). */
    const util::Published<Catalog>& published() const { return published_; }

    /**
     * Runs listener on the reloader thread whenever the stored version changed,
     * just before the new snapshot is published (so plugins a new channel needs
     * are live when the channel becomes visible). Set it before start().
     */
    void onChange(std::function<void()> listener) { listener_ = std::move(listener); }

    /** Reloads now if the stored version differs; true when a new snapshot was installed. */
    bool refresh();

    /** Starts the background reloader. */
    void start();

    /** Stops the background reloader. */
    void stop();

private:
    std::shared_ptr<const Catalog> load();

    store::Database& database_;
    std::chrono::milliseconds interval_;
    util::Published<Catalog> published_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool stopping_ = false;
    std::thread thread_;
    std::function<void()> listener_;
};

}  // namespace sluice::catalog
