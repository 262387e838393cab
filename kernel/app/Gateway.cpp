#include "app/Gateway.h"

#include "http/Exchange.h"
#include "store/Migrator.h"

#include <Poco/Logger.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Path.h>

#include <fstream>
#include <unistd.h>

namespace sluice::app {

std::string pluginsDirectory(const config::Settings& settings) {
    if (!settings.pluginsDir.empty()) return settings.pluginsDir;
    char self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) return "plugins";
    self[n] = '\0';
    return Poco::Path(self).parent().parent().append(Poco::Path("plugins")).toString();
}

Gateway::Gateway(const config::Settings& settings) : settings_(settings) {
    Poco::Net::initializeSSL();
    database_ = std::make_unique<store::Database>(settings.effectiveDbUrl(), static_cast<size_t>(settings.dbPoolSize));
    int applied = store::Migrator(*database_, store::embeddedMigrations()).migrate();
    if (applied > 0) Poco::Logger::get("sluice").information("applied %d migration(s) to %s", applied, database_->description());
    plugins_ = std::make_unique<plugins::PluginHost>();
    plugins_->loadDirectory(pluginsDirectory(settings));
    catalogs_ = std::make_unique<catalog::CatalogService>(*database_, settings.reloadIntervalMs);
    upstream_ = std::make_unique<upstream::UpstreamClient>(
        upstream::UpstreamTimeouts{settings.connectTimeoutMs, settings.firstByteTimeoutMs, settings.idleTimeoutMs},
        static_cast<size_t>(settings.upstreamPoolSize));
    usage_ = std::make_unique<usage::UsageWriter>(*database_, settings.usageFlushIntervalMs,
                                                  static_cast<size_t>(settings.usageBatchSize));
    pipeline::PipelineServices services{*catalogs_, *plugins_, *upstream_, *usage_, settings.maxBodyBytes,
                                        settings.idleTimeoutMs};
    chat_ = std::make_unique<pipeline::ChatPipeline>(services);
    models_ = std::make_unique<pipeline::ModelsEndpoint>(services);
    admin_ = std::make_unique<admin::AdminEndpoints>(settings.adminToken, *plugins_);
    server_ = std::make_unique<http::HttpServer>(settings.listenHost, settings.listenPort, settings.maxThreads,
                                                 settings.maxQueued, routes());
}

Gateway::~Gateway() { stop(); }

Poco::SharedPtr<http::Router> Gateway::routes() {
    Poco::SharedPtr<http::Router> router(new http::Router);
    router->add("POST", "/v1/chat/completions", [this](auto& request, auto& response) { chat_->handle(request, response); });
    router->add("GET", "/v1/models", [this](auto& request, auto& response) { models_->handle(request, response); });
    router->add("GET", "/healthz", [this](auto&, auto& response) {
        http::sendJson(response, 200,
                       R"({"status":"ok","config_version":)" + std::to_string(catalogs_->current()->version()) + "}");
    });
    admin_->registerRoutes(*router);
    return router;
}

void Gateway::start() {
    catalogs_->start();
    server_->start();
}

void Gateway::stop() {
    if (stopped_) return;
    stopped_ = true;
    server_->stop();
    server_.reset();
    catalogs_->stop();
    usage_->stop();
    Poco::Net::uninitializeSSL();
}

}  // namespace sluice::app
