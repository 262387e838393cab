// The typed, validated view of Sluice's layered configuration.
#pragma once

#include <Poco/Util/AbstractConfiguration.h>

#include <cstdint>
#include <string>

namespace sluice::config {

/** Settings the kernel runs with; built once at start-up. */
struct Settings {
    std::string listenHost;
    uint16_t listenPort = 0;
    size_t maxBodyBytes = 0;
    size_t maxReceivingBodyBytes = 0;
    int headTimeoutMs = 0;
    int bodyTimeoutMs = 0;
    size_t maxConnectionsPerClient = 0;
    int serverThreads = 0;
    /** server.cpu_affinity=auto: with one loop per CPU, a busy loop stays on its own CPU. */
    bool pinLoopsToCpus = true;
    std::string dataDir;
    std::string dbUrl;
    int dbPoolSize = 0;
    std::string redisUrl;
    std::string pluginsDir;
    std::string pluginsInstallDir;
    std::string pluginsTrustDir;
    bool pluginsAllowUnsigned = false;
    int connectTimeoutMs = 0;
    int firstByteTimeoutMs = 0;
    int idleTimeoutMs = 0;
    int upstreamPoolSize = 0;
    int executorThreads = 0;
    int executorQueue = 0;
    int usageFlushIntervalMs = 0;
    int usageBatchSize = 0;
    bool usageJournal = true;
    int reloadIntervalMs = 0;
    std::string adminToken;
    std::string logLevel;

    /** Reads and validates every key; throws std::invalid_argument naming the bad key. */
    static Settings from(const Poco::Util::AbstractConfiguration& config);

    /** The database URL to open: db.url, or the SQLite file inside data.dir. */
    std::string effectiveDbUrl() const;

    /** Where installed plugin packages live: plugins.install_dir, or plugins/ inside data.dir. */
    std::string effectiveInstallDir() const;

    /** The directory of trusted publisher keys: plugins.trust_dir, or trust/ inside data.dir. */
    std::string effectiveTrustDir() const;
};

}  // namespace sluice::config
