// The running kernel: store, catalog, plugins, usage writer, event-driven server and upstream clients.
#pragma once

#include "admin/AdminEndpoints.h"
#include "catalog/CatalogService.h"
#include "config/Settings.h"
#include "dialects/anthropic/AnthropicMessagesDialect.h"
#include "dialects/gemini/GeminiDialect.h"
#include "dialects/openai/OpenAiChatDialect.h"
#include "dialects/responses/ResponseArchive.h"
#include "dialects/responses/ResponsesEndpoint.h"
#include "exec/Executor.h"
#include "http/Router.h"
#include "net/HttpServer.h"
#include "net/PerLoop.h"
#include "pipeline/ChatPipeline.h"
#include "pipeline/LoopSnapshots.h"
#include "pipeline/ModelsEndpoint.h"
#include "plugins/PluginHost.h"
#include "store/Database.h"
#include "usage/UsageWriter.h"

#include <memory>

namespace sluice::app {

/** Owns every long-lived kernel part, built in dependency order and torn down in reverse. */
class Gateway {
public:
    /** Opens the store, migrates it, loads plugins and the catalog, and binds the listener. */
    explicit Gateway(const config::Settings& settings);
    ~Gateway();

    /** Starts serving and the background reloader. */
    void start();

    /** Stops accepting, lets in-flight requests finish (bounded), flushes usage rows. */
    void stop();

    /** The port the API listens on. */
    uint16_t port() const { return server_->port(); }

private:
    void registerRoutes();
    void reloadPlugins();

    config::Settings settings_;
    metrics::MetricsRegistry metrics_;
    std::unique_ptr<store::Database> database_;
    std::unique_ptr<plugins::PluginHost> plugins_;
    std::unique_ptr<catalog::CatalogService> catalogs_;
    std::unique_ptr<usage::UsageWriter> usage_;
    http::Router router_;
    std::unique_ptr<net::HttpServer> server_;
    /** Declared after what its jobs use (plugins, loops), so it is joined before they go. */
    std::unique_ptr<exec::Executor> executor_;
    std::unique_ptr<net::PerLoop<net::HttpClient>> upstreams_;
    std::unique_ptr<net::PerLoop<pipeline::LoopSnapshots>> snapshots_;
    dialects::OpenAiChatDialect openAiChat_;
    dialects::AnthropicMessagesDialect anthropicMessages_;
    dialects::GeminiDialect gemini_;
    std::unique_ptr<pipeline::ChatPipeline> chat_;
    std::unique_ptr<pipeline::ChatPipeline> messages_;
    std::unique_ptr<dialects::ResponseArchive> responseArchive_;
    std::unique_ptr<dialects::ResponsesEndpoint> responses_;
    std::unique_ptr<pipeline::ChatPipeline> geminiChat_;
    std::unique_ptr<pipeline::ModelsEndpoint> geminiModels_;
    std::unique_ptr<pipeline::ModelsEndpoint> models_;
    std::unique_ptr<admin::AdminEndpoints> admin_;
    bool stopped_ = false;
};

}  // namespace sluice::app
