#include "isolation/RunnerServer.h"

#include "plugins/PluginFactory.h"
#include "plugins/PluginFailure.h"
#include "plugins/PluginRefusal.h"

namespace sluice::isolation {

namespace {

RunnerResponse failure(sluice_status status, const std::string& message) {
    RunnerResponse response;
    response.status = status;
    response.error = message;
    return response;
}

void requireProvider(const plugins::PluginManifest& manifest) {
    if (manifest.kind != SLUICE_KIND_PROVIDER)
        throw plugins::PluginRefusal("plugin-runner hosts provider plugins only; " + manifest.id + " is a '" +
                                     plugins::kindName(manifest.kind) + "' plugin");
}

void requireNetworkProvider(const plugins::ProviderPlugin& plugin) {
    if (plugin.servesLocally())
        throw plugins::PluginRefusal("plugin-runner cannot isolate " + plugin.manifest().id +
                                     ": it serves locally, and serve_locally is not forwarded; run it in-process");
}

}  // namespace

RunnerServer::RunnerServer(std::string folder, metrics::MetricsRegistry& metrics, const FrameChannel& channel)
    : folder_(std::move(folder)), metrics_(metrics), channel_(channel) {}

int RunnerServer::serve() {
    try {
        std::optional<std::string> first = channel_.receive();
        if (!first) return 0;
        RunnerResponse verdict = create(decodeRequest(*first));
        channel_.send(encodeResponse(verdict));
        if (verdict.status != SLUICE_OK) return 1;
        while (std::optional<std::string> frame = channel_.receive())
            channel_.send(encodeResponse(handle(decodeRequest(*frame))));
        return 0;
    } catch (const ChannelClosed&) {
        return 0;
    }
}

RunnerResponse RunnerServer::create(const RunnerRequest& request) {
    if (request.operation != RunnerOperation::Create)
        return failure(SLUICE_ERR_INVALID_INPUT, "the first frame to plugin-runner must be create");
    try {
        library_ = plugins::PluginLibrary::open(folder_, metrics_);
        requireProvider(library_->manifest());
        plugin_ = plugins::instantiate(*library_, request.bytes, folder_).provider;
        requireNetworkProvider(*plugin_);
        nextStreamId_ = request.streamId;
        return RunnerResponse{};
    } catch (const std::exception& e) {
        plugin_.reset();
        return failure(SLUICE_ERR_INVALID_INPUT, e.what());
    }
}

RunnerResponse RunnerServer::handle(const RunnerRequest& request) {
    RunnerResponse response;
    try {
        perform(request, response);
    } catch (const plugins::PluginFailure& e) {
        response.status = e.status();
        response.error = e.what();
    } catch (const std::exception& e) {
        response.status = SLUICE_ERR_INTERNAL;
        response.error = e.what();
    }
    return response;
}

void RunnerServer::perform(const RunnerRequest& request, RunnerResponse& response) {
    const sluice_provider_call call = request.call.abi();
    auto collect = [&response](std::string_view event) {
        response.writes.emplace_back(event);
        return true;
    };
    switch (request.operation) {
        case RunnerOperation::BuildRequest: {
            plugins::BuiltRequest built = plugin_->buildRequest(call);
            response.method = std::move(built.method);
            response.url = std::move(built.url);
            response.headers = std::move(built.headers);
            response.writes.push_back(std::move(built.body));
            return;
        }
        case RunnerOperation::TranslateResponse:
            response.writes.push_back(plugin_->translateResponse(call, request.bytes, response.usage));
            return;
        case RunnerOperation::StreamNew:
            streams_.emplace(nextStreamId_, plugin_->openStream(call));
            response.streamId = nextStreamId_++;
            return;
        case RunnerOperation::StreamFeed:
            stream(request.streamId).feed(request.bytes, collect);
            return;
        case RunnerOperation::StreamFinish:
            response.usage = stream(request.streamId).finish(collect);
            return;
        case RunnerOperation::StreamDestroy:
            streams_.erase(request.streamId);
            return;
        case RunnerOperation::ClassifyError: {
            plugins::UpstreamError error = plugin_->classifyError(request.httpStatus, request.headers, request.bytes);
            response.errorInfo = {sizeof(sluice_error_info), error.errorClass, error.clientStatus, error.retryAfterMs};
            response.writes.push_back(std::move(error.canonicalBody));
            return;
        }
        case RunnerOperation::Create:
            break;
    }
    throw plugins::PluginFailure(SLUICE_ERR_INVALID_INPUT,
                                 "unexpected runner operation " + std::to_string(static_cast<int>(request.operation)));
}

plugins::ProviderStream& RunnerServer::stream(uint64_t id) {
    auto found = streams_.find(id);
    if (found == streams_.end())
        throw plugins::PluginFailure(
            SLUICE_ERR_INVALID_INPUT,
            "unknown stream " + std::to_string(id) + " (the plugin runner restarted since it was opened)");
    return *found->second;
}

}  // namespace sluice::isolation
