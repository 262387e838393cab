#include "config/SettingKeys.h"

namespace sluice::config {

const std::vector<SettingKey>& settingKeys() {
    static const std::vector<SettingKey> keys = {
        {"server.listen", "SLUICE_LISTEN", "127.0.0.1:8080", "HOST:PORT the API listens on"},
        {"server.max_body_bytes", "SLUICE_MAX_BODY_BYTES", "8388608", "largest accepted request body"},
        {"server.max_receiving_body_bytes", "SLUICE_MAX_RECEIVING_BODY_BYTES", "268435456", "request-body bytes all connections may hold while receiving them; past it: 503 (0 = no bound)"},
        {"server.head_timeout_ms", "SLUICE_HEAD_TIMEOUT_MS", "10000", "a request head must arrive whole within this (else 408)"},
        {"server.body_timeout_ms", "SLUICE_BODY_TIMEOUT_MS", "60000", "a request body must arrive whole within this (else 408)"},
        {"server.max_connections_per_client", "SLUICE_MAX_CONNECTIONS_PER_CLIENT", "512", "open connections one client address may hold (0 = no cap; behind a reverse proxy every client shares its address)"},
        {"server.threads", "SLUICE_SERVER_THREADS", "0", "event-loop threads; 0 = one per CPU the process may use"},
        {"server.cpu_affinity", "SLUICE_SERVER_CPU_AFFINITY", "auto", "auto = with one event loop per CPU, a busy loop stays on its own CPU; off = loops run on any CPU"},
        {"data.dir", "SLUICE_DATA_DIR", "./data", "directory of the SQLite database and runtime files"},
        {"db.url", "SLUICE_DB_URL", "", "database URL; empty = sqlite in data.dir, or mysql://user:pass@host:port/db"},
        {"db.pool_size", "SLUICE_DB_POOL_SIZE", "4", "database connections kept open"},
        {"redis.url", "SLUICE_REDIS_URL", "", "redis://host:port for shared state across instances (empty = in-process)"},
        {"plugins.dir", "SLUICE_PLUGINS_DIR", "", "directory of plugin folders; empty = plugins/ beside the binary"},
        {"plugins.install_dir", "SLUICE_PLUGINS_INSTALL_DIR", "", "where `sluice plugin install` puts packages; empty = <data.dir>/plugins"},
        {"plugins.trust_dir", "SLUICE_PLUGINS_TRUST_DIR", "", "publisher keys (*.pub) trusted to sign packages; empty = <data.dir>/trust"},
        {"plugins.allow_unsigned", "SLUICE_PLUGINS_ALLOW_UNSIGNED", "false", "accept packages without a signature"},
        {"upstream.connect_timeout_ms", "SLUICE_UPSTREAM_CONNECT_TIMEOUT_MS", "5000", "upstream TCP/TLS connect timeout"},
        {"upstream.first_byte_timeout_ms", "SLUICE_UPSTREAM_FIRST_BYTE_TIMEOUT_MS", "60000", "wait for upstream response headers"},
        {"upstream.idle_timeout_ms", "SLUICE_UPSTREAM_IDLE_TIMEOUT_MS", "120000", "longest silence inside an upstream stream"},
        {"upstream.pool_size", "SLUICE_UPSTREAM_POOL_SIZE", "64", "idle keep-alive connections kept per upstream host"},
        {"executor.threads", "SLUICE_EXECUTOR_THREADS", "64", "worker threads for blocking work (local provider calls); event loops never wait"},
        {"executor.queue", "SLUICE_EXECUTOR_QUEUE", "1024", "blocking jobs that may wait for a worker; past it a job is refused at once"},
        {"usage.flush_interval_ms", "SLUICE_USAGE_FLUSH_INTERVAL_MS", "500", "how often buffered usage rows are written"},
        {"usage.journal", "SLUICE_USAGE_JOURNAL", "true", "journal each usage row in data.dir/usage-journal before its response completes, so rows survive kill -9"},
        {"usage.batch_size", "SLUICE_USAGE_BATCH_SIZE", "500", "most usage rows written in one transaction"},
        {"catalog.reload_interval_ms", "SLUICE_RELOAD_INTERVAL_MS", "1000", "how often the server checks for applied config"},
        {"admin.token", "SLUICE_ADMIN_TOKEN", "", "secret for /admin (Bearer, or Basic password); empty = admin off"},
        {"log.level", "SLUICE_LOG_LEVEL", "information", "trace, debug, information, warning, error"},
    };
    return keys;
}

}  // namespace sluice::config
