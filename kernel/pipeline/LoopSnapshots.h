// One event loop's own copies of the current catalog and plugin set.
#pragma once

#include "catalog/CatalogService.h"
#include "net/EventLoop.h"
#include "plugins/PluginHost.h"
#include "util/LocalSnapshot.h"

#include <chrono>

namespace sluice::pipeline {

/**
 * What a request reads first: the configuration and the plugins. Each loop
 * keeps its own copies (util::LocalSnapshot, one per loop in a net::PerLoop),
 * so starting a request takes no lock and writes no cache line shared with
 * other loops; a copy is refreshed on the loop's next request after
 * `sluice apply` or a plugin change, and by refreshEvery(). Used on its
 * loop's thread only.
 */
struct alignas(64) LoopSnapshots {
    LoopSnapshots(const catalog::CatalogService& catalogs, const plugins::PluginHost& plugins)
        : catalog(catalogs.published()), plugins(plugins.published()) {}

    /**
     * Refreshes both copies now and then every `interval` on `loop` (call on
     * its thread), so a loop without requests lets go of a replaced snapshot,
     * and of the plugin instances in it, within an interval.
     */
    void refreshEvery(net::EventLoop& loop, std::chrono::milliseconds interval);

    util::LocalSnapshot<catalog::Catalog> catalog;
    util::LocalSnapshot<plugins::PluginSet> plugins;
};

}  // namespace sluice::pipeline
