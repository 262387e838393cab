#include "app/Gateway.h"

#include "app/PluginSources.h"
#include "dialects/gemini/GeminiShapes.h"
#include "pipeline/HeadAuthentication.h"
#include "pipeline/LocalProviderCall.h"
#include "store/Migrator.h"
#include "util/CpuAffinity.h"

#include <Poco/Logger.h>

namespace sluice::app {

namespace {

constexpr int kDrainMs = 5000;
constexpr std::chrono::milliseconds kExecutorGrace{12000};  // longer than any pacing a local plugin allows (the mock's 10 s)
/** How soon a loop without requests lets go of a replaced catalog or plugin set. */
constexpr std::chrono::milliseconds kSnapshotRefresh{1000};

net::ServerLimits limitsFrom(const config::Settings& settings) {
    net::ServerLimits limits;
    limits.maxBodyBytes = settings.maxBodyBytes;
    limits.maxReceivingBodyBytes = settings.maxReceivingBodyBytes;
    limits.headTimeoutMs = settings.headTimeoutMs;
    limits.bodyTimeoutMs = settings.bodyTimeoutMs;
    limits.maxConnectionsPerClient = settings.maxConnectionsPerClient;
    limits.clientSendTimeoutMs = settings.idleTimeoutMs;
    return limits;
}

/** What start-up tells the operator about the loops' CPUs. */
std::string placementText(const net::LoopPlacement& placement) {
    const std::string count = std::to_string(placement.loops) + " event loop(s), ";
    if (placement.cpus.empty()) return count + "placed by the scheduler";
    return count + "each kept on a CPU of its own while busy (server.cpu_affinity=auto)";
}

}  // namespace

Gateway::Gateway(const config::Settings& settings) : settings_(settings) {
    database_ = std::make_unique<store::Database>(settings.effectiveDbUrl(), static_cast<size_t>(settings.dbPoolSize));
    int applied = store::Migrator(*database_, store::embeddedMigrations()).migrate();
    if (applied > 0) Poco::Logger::get("sluice").information("applied %d migration(s) to %s", applied, database_->description());
    if (settings.pluginsAllowUnsigned) Poco::Logger::get("sluice.plugins").warning(kUnsignedPluginsWarning);
    plugins_ = std::make_unique<plugins::PluginHost>(metrics_);
    reloadPlugins();
    catalogs_ = std::make_unique<catalog::CatalogService>(*database_, settings.reloadIntervalMs);
    catalogs_->onChange([this] { reloadPlugins(); });
    usage_ = std::make_unique<usage::UsageWriter>(*database_, settings.usageFlushIntervalMs,
                                                  static_cast<size_t>(settings.usageBatchSize),
                                                  settings.usageJournal ? settings.dataDir + "/usage-journal" : "");
    const net::LoopPlacement placement =
        net::LoopPlacement::decide(settings.serverThreads, settings.pinLoopsToCpus, util::processCpus());
    Poco::Logger::get("sluice").information(placementText(placement));
    executor_ = std::make_unique<exec::Executor>("executor", static_cast<size_t>(settings.executorThreads),
                                                 static_cast<size_t>(settings.executorQueue));
    server_ = std::make_unique<net::HttpServer>(
        settings.listenHost, settings.listenPort, placement, limitsFrom(settings),
        [this](net::HttpRequest&& request, std::shared_ptr<net::ResponseChannel> channel) {
            router_.dispatch(std::move(request), std::move(channel));
        },
        [this](net::HttpRequest& head, net::EventLoop& loop) { return router_.admit(head, loop); });
    const net::ClientTimeouts timeouts{settings.connectTimeoutMs, settings.firstByteTimeoutMs, settings.idleTimeoutMs};
    upstreams_ = std::make_unique<net::PerLoop<net::HttpClient>>(server_->loops(), [&](net::EventLoop& loop) {
        return std::make_unique<net::HttpClient>(loop, timeouts, static_cast<size_t>(settings.upstreamPoolSize));
    });
    snapshots_ = std::make_unique<net::PerLoop<pipeline::LoopSnapshots>>(server_->loops(), [this](net::EventLoop&) {
        return std::make_unique<pipeline::LoopSnapshots>(*catalogs_, *plugins_);
    });
    pipeline::PipelineServices services{*snapshots_, *upstreams_, *usage_, *executor_};
    chat_ = std::make_unique<pipeline::ChatPipeline>(services, openAiChat_);
    messages_ = std::make_unique<pipeline::ChatPipeline>(services, anthropicMessages_);
    responseArchive_ = std::make_unique<dialects::ResponseArchive>(*database_, *executor_);
    responses_ = std::make_unique<dialects::ResponsesEndpoint>(services, *responseArchive_);
    geminiChat_ = std::make_unique<pipeline::ChatPipeline>(services, gemini_);
    models_ = std::make_unique<pipeline::ModelsEndpoint>(services, pipeline::openAiModelList);
    geminiModels_ = std::make_unique<pipeline::ModelsEndpoint>(services, dialects::gemini::modelList);
    admin_ = std::make_unique<admin::AdminEndpoints>(
        settings.adminToken,
        admin::AdminServices{*plugins_, metrics_, admin::PluginActions(*database_, pluginSources(settings_, *database_)),
                             settings.pluginsAllowUnsigned ? kUnsignedPluginsWarning : "", *executor_});
    registerRoutes();
}

Gateway::~Gateway() { stop(); }

void Gateway::reloadPlugins() { plugins_->load(pluginSources(settings_, *database_)); }

void Gateway::registerRoutes() {
    const pipeline::HeadAuthentication authenticate(*snapshots_);
    router_.add("POST", "/v1/chat/completions", [this](const auto& context) { chat_->handle(context); }, authenticate);
    router_.add("GET", "/v1/models", [this](const auto& context) { models_->handle(context); }, authenticate);
    router_.add("POST", "/v1/messages", [this](const auto& context) { messages_->handle(context); }, authenticate,
                [this](const http::ApiError& error) { return anthropicMessages_.errorBody(error); });
    const http::ErrorRenderer geminiErrors = [this](const http::ApiError& error) { return gemini_.errorBody(error); };
    for (const std::string version : {"/v1beta", "/v1"})
        for (const char* action : {":generateContent", ":streamGenerateContent"})
            router_.add("POST", version + "/models/{model}" + action,
                        [this](const auto& context) { geminiChat_->handle(context); }, authenticate, geminiErrors);
    router_.add("GET", "/v1beta/models", [this](const auto& context) { geminiModels_->handle(context); }, authenticate,
                geminiErrors);  // under /v1, /v1/models is OpenAI's list
    router_.add("POST", "/v1/responses", [this](const auto& context) { responses_->create(context); }, authenticate);
    router_.add("GET", "/v1/responses/{id}", [this](const auto& context) { responses_->retrieve(context); }, authenticate);
    router_.add("DELETE", "/v1/responses/{id}", [this](const auto& context) { responses_->remove(context); }, authenticate);
    router_.add("GET", "/healthz", [this](const auto& context) {
        context->sendJson(200, R"({"status":"ok","config_version":)" + std::to_string(catalogs_->current()->version()) + "}");
    });
    admin_->registerRoutes(router_);
}

void Gateway::start() {
    catalogs_->start();
    for (const auto& loop : server_->loops())
        loop->post([this, &loop = *loop] { snapshots_->forLoop(loop).refreshEvery(loop, kSnapshotRefresh); });
    server_->start();
}

void Gateway::stop() {
    if (stopped_) return;
    stopped_ = true;
    server_->stop(kDrainMs);
    pipeline::LocalProviderCall::cancelAll();
    catalogs_->stop();
    usage_->stop();
    if (!executor_->stop(kExecutorGrace)) {
        // A plugin still runs on a worker: its code, the loops it posts to and the pool must stay mapped.
        Poco::Logger::get("sluice").error("executor jobs still running at shutdown; leaving their state in place");
        (void)executor_.release();
        (void)server_.release();
        (void)plugins_.release();
    }
}

}  // namespace sluice::app
