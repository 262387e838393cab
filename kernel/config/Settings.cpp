#include "config/Settings.h"

#include <Poco/Path.h>

#include <initializer_list>
#include <stdexcept>
#include <string_view>

namespace sluice::config {

namespace {

int intIn(const Poco::Util::AbstractConfiguration& config, const std::string& key, int min, int max) {
    std::string raw = config.getString(key);
    int value = 0;
    try {
        size_t used = 0;
        value = std::stoi(raw, &used);
        if (used != raw.size()) throw std::invalid_argument(raw);
    } catch (const std::exception&) {
        throw std::invalid_argument(key + ": '" + raw + "' is not an integer");
    }
    if (value < min || value > max)
        throw std::invalid_argument(key + ": " + raw + " is outside " + std::to_string(min) + ".." + std::to_string(max));
    return value;
}

/** The value of `key` when it is one of `choices`; std::invalid_argument naming the key otherwise. */
std::string oneOf(const Poco::Util::AbstractConfiguration& config, const std::string& key,
                  std::initializer_list<std::string_view> choices) {
    std::string raw = config.getString(key);
    for (std::string_view choice : choices)
        if (raw == choice) return raw;
    std::string listed;
    for (std::string_view choice : choices) listed += (listed.empty() ? "" : " or ") + std::string(choice);
    throw std::invalid_argument(key + ": '" + raw + "' is not " + listed);
}

bool boolean(const Poco::Util::AbstractConfiguration& config, const std::string& key) {
    return oneOf(config, key, {"true", "false"}) == "true";
}

std::string insideDataDir(const std::string& configured, const std::string& dataDir, const std::string& name) {
    if (!configured.empty()) return configured;
    return Poco::Path(dataDir).makeAbsolute().append(Poco::Path(name)).toString();
}

void parseListen(const std::string& listen, Settings& s) {
    size_t colon = listen.rfind(':');
    if (colon == std::string::npos || colon == 0) throw std::invalid_argument("server.listen: '" + listen + "' is not HOST:PORT");
    s.listenHost = listen.substr(0, colon);
    if (s.listenHost.size() > 2 && s.listenHost.front() == '[' && s.listenHost.back() == ']')
        s.listenHost = s.listenHost.substr(1, s.listenHost.size() - 2);
    std::string port = listen.substr(colon + 1);
    try {
        size_t used = 0;
        int p = std::stoi(port, &used);
        if (used != port.size() || p < 0 || p > 65535) throw std::invalid_argument(port);
        s.listenPort = static_cast<uint16_t>(p);
    } catch (const std::exception&) {
        throw std::invalid_argument("server.listen: '" + port + "' is not a port number");
    }
}

}  // namespace

Settings Settings::from(const Poco::Util::AbstractConfiguration& config) {
    Settings s;
    parseListen(config.getString("server.listen"), s);
    s.maxBodyBytes = static_cast<size_t>(intIn(config, "server.max_body_bytes", 1024, 1 << 30));
    s.maxReceivingBodyBytes = static_cast<size_t>(intIn(config, "server.max_receiving_body_bytes", 0, 1 << 30));
    s.headTimeoutMs = intIn(config, "server.head_timeout_ms", 100, 3600000);
    s.bodyTimeoutMs = intIn(config, "server.body_timeout_ms", 100, 3600000);
    s.maxConnectionsPerClient = static_cast<size_t>(intIn(config, "server.max_connections_per_client", 0, 1 << 24));
    s.serverThreads = intIn(config, "server.threads", 0, 256);
    s.pinLoopsToCpus = oneOf(config, "server.cpu_affinity", {"auto", "off"}) == "auto";
    s.dataDir = config.getString("data.dir");
    if (s.dataDir.empty()) throw std::invalid_argument("data.dir: must not be empty");
    s.dbUrl = config.getString("db.url");
    s.dbPoolSize = intIn(config, "db.pool_size", 1, 256);
    s.redisUrl = config.getString("redis.url");
    s.pluginsDir = config.getString("plugins.dir");
    s.pluginsInstallDir = config.getString("plugins.install_dir");
    s.pluginsTrustDir = config.getString("plugins.trust_dir");
    s.pluginsAllowUnsigned = boolean(config, "plugins.allow_unsigned");
    s.connectTimeoutMs = intIn(config, "upstream.connect_timeout_ms", 1, 600000);
    s.firstByteTimeoutMs = intIn(config, "upstream.first_byte_timeout_ms", 1, 3600000);
    s.idleTimeoutMs = intIn(config, "upstream.idle_timeout_ms", 1, 3600000);
    s.upstreamPoolSize = intIn(config, "upstream.pool_size", 0, 100000);
    s.executorThreads = intIn(config, "executor.threads", 1, 4096);
    s.executorQueue = intIn(config, "executor.queue", 0, 1000000);
    s.usageFlushIntervalMs = intIn(config, "usage.flush_interval_ms", 10, 600000);
    s.usageBatchSize = intIn(config, "usage.batch_size", 1, 100000);
    s.usageJournal = boolean(config, "usage.journal");
    s.reloadIntervalMs = intIn(config, "catalog.reload_interval_ms", 50, 600000);
    s.adminToken = config.getString("admin.token");
    s.logLevel = config.getString("log.level");
    return s;
}

std::string Settings::effectiveDbUrl() const {
    if (!dbUrl.empty()) return dbUrl;
    return "sqlite://" + insideDataDir({}, dataDir, "sluice.db");
}

std::string Settings::effectiveInstallDir() const { return insideDataDir(pluginsInstallDir, dataDir, "plugins"); }

std::string Settings::effectiveTrustDir() const { return insideDataDir(pluginsTrustDir, dataDir, "trust"); }

}  // namespace sluice::config
