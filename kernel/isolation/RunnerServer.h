// The child side of a plugin runner: one provider instance served over frames.
#pragma once

#include "isolation/FrameChannel.h"
#include "isolation/RunnerProtocol.h"
#include "metrics/MetricsRegistry.h"
#include "plugins/PluginLibrary.h"
#include "plugins/ProviderPlugin.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>

namespace sluice::isolation {

/**
 * Serves one provider plugin instance to the gateway that started this
 * process. The first frame must be "create": the server opens the plugin
 * folder, instantiates it with the config it carries and answers with the
 * verdict (a refusal's reason verbatim). Then it answers each request frame by
 * calling the real ProviderPlugin, until the gateway closes the pipe.
 */
class RunnerServer {
public:
    /** Serves the plugin in folder over channel; host services count into metrics. */
    RunnerServer(std::string folder, metrics::MetricsRegistry& metrics, const FrameChannel& channel);

    /** Runs until EOF; returns the process exit code (0 after EOF, 1 after a refusal). */
    int serve();

private:
    /** Opens and instantiates the plugin; the response is the verdict. */
    RunnerResponse create(const RunnerRequest& request);
    /** Performs one request; a plugin failure becomes the response's status and message. */
    RunnerResponse handle(const RunnerRequest& request);
    /** Calls the plugin for one request, writing its outputs into response. */
    void perform(const RunnerRequest& request, RunnerResponse& response);
    /** The open stream with that id; throws PluginFailure for an unknown one. */
    plugins::ProviderStream& stream(uint64_t id);

    std::string folder_;
    metrics::MetricsRegistry& metrics_;
    const FrameChannel& channel_;
    std::unique_ptr<plugins::PluginLibrary> library_;
    std::shared_ptr<const plugins::ProviderPlugin> plugin_;
    std::map<uint64_t, std::unique_ptr<plugins::ProviderStream>> streams_;
    uint64_t nextStreamId_ = 1;
};

}  // namespace sluice::isolation
