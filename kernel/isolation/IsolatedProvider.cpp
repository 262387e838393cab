#include "isolation/IsolatedProvider.h"

#include "isolation/RunnerProcess.h"
#include "plugins/AbiWriters.h"

#include <Poco/Logger.h>

#include <memory>

namespace sluice::isolation {

namespace {

/** A stream opened in the child: the runner and the child-side id. */
struct IsolatedStream {
    RunnerProcess* runner;
    uint64_t id;
};

RunnerProcess& runnerOf(void* instance) {
    return *static_cast<RunnerProcess*>(instance);
}

IsolatedStream& streamOf(void* stream) {
    return *static_cast<IsolatedStream*>(stream);
}

RunnerRequest requestFor(RunnerOperation operation, const sluice_provider_call* call) {
    RunnerRequest request;
    request.operation = operation;
    if (call) request.call = RunnerCall::from(*call);
    return request;
}

/** Copies the child's usage into the host's table, leaving struct_size as the host set it. */
void copyUsage(const sluice_usage& from, sluice_usage* to) {
    to->prompt_tokens = from.prompt_tokens;
    to->completion_tokens = from.completion_tokens;
    to->total_tokens = from.total_tokens;
    to->cached_prompt_tokens = from.cached_prompt_tokens;
    to->reasoning_tokens = from.reasoning_tokens;
}

/** Replays the child's writes to the host's writer; stops at the first refusal (consumer gone) and returns it. */
sluice_status replayWrites(const RunnerResponse& response, sluice_writer* out) {
    for (const std::string& write : response.writes) {
        sluice_status status = out->write(out->ctx, write.data(), write.size());
        if (status != SLUICE_OK) return status;
    }
    return SLUICE_OK;
}

sluice_status fail(sluice_status status, const std::string& message, sluice_writer* err) {
    err->write(err->ctx, message.data(), message.size());
    return status;
}

/**
 * Sends request to the child and hands the response's outputs to deliver (also
 * on failure: a stream's events written before its error still count, as
 * in-process); then the child's failure status and message, or the runner's
 * own failure as SLUICE_ERR_INTERNAL, go to err. No exception leaves it: it
 * backs C functions.
 */
template <class Deliver>
sluice_status forward(RunnerProcess& runner, const RunnerRequest& request, sluice_writer* err, Deliver deliver) {
    try {
        RunnerResponse response = runner.call(request);
        sluice_status delivered = deliver(response);
        if (response.status != SLUICE_OK) return fail(response.status, response.error, err);
        return delivered;
    } catch (const std::exception& e) {
        return fail(SLUICE_ERR_INTERNAL, e.what(), err);
    }
}

sluice_status createUnsupported(const sluice_host_api*, sluice_str, void**, sluice_writer* err) {
    return fail(SLUICE_ERR_UNSUPPORTED, "isolated instances are created by startIsolatedProvider", err);
}

void destroyInstance(void* instance) {
    delete &runnerOf(instance);
}

sluice_status buildRequest(void* instance, const sluice_provider_call* call, sluice_request_builder* out,
                           sluice_writer* err) {
    return forward(runnerOf(instance), requestFor(RunnerOperation::BuildRequest, call), err,
                   [out](const RunnerResponse& response) {
                       out->set_method(out->ctx, response.method.data(), response.method.size());
                       out->set_url(out->ctx, response.url.data(), response.url.size());
                       for (const auto& [name, value] : response.headers)
                           out->add_header(out->ctx, name.data(), name.size(), value.data(), value.size());
                       return replayWrites(response, &out->body);
                   });
}

sluice_status translateResponse(void* instance, const sluice_provider_call* call, sluice_str upstreamBody,
                                sluice_writer* out, sluice_usage* usage, sluice_writer* err) {
    RunnerRequest request = requestFor(RunnerOperation::TranslateResponse, call);
    request.bytes.assign(upstreamBody.data, upstreamBody.size);
    return forward(runnerOf(instance), request, err, [out, usage](const RunnerResponse& response) {
        copyUsage(response.usage, usage);
        return replayWrites(response, out);
    });
}

sluice_status streamNew(void* instance, const sluice_provider_call* call, void** stream, sluice_writer* err) {
    RunnerProcess& runner = runnerOf(instance);
    return forward(runner, requestFor(RunnerOperation::StreamNew, call), err,
                   [&runner, stream](const RunnerResponse& response) {
                       if (response.status == SLUICE_OK) *stream = new IsolatedStream{&runner, response.streamId};
                       return SLUICE_OK;
                   });
}

RunnerRequest streamRequest(RunnerOperation operation, const IsolatedStream& stream) {
    RunnerRequest request = requestFor(operation, nullptr);
    request.streamId = stream.id;
    return request;
}

sluice_status streamFeed(void* stream, sluice_str bytes, sluice_writer* out, sluice_writer* err) {
    IsolatedStream& isolated = streamOf(stream);
    RunnerRequest request = streamRequest(RunnerOperation::StreamFeed, isolated);
    request.bytes.assign(bytes.data, bytes.size);
    return forward(*isolated.runner, request, err,
                   [out](const RunnerResponse& response) { return replayWrites(response, out); });
}

sluice_status streamFinish(void* stream, sluice_writer* out, sluice_usage* usage, sluice_writer* err) {
    IsolatedStream& isolated = streamOf(stream);
    return forward(*isolated.runner, streamRequest(RunnerOperation::StreamFinish, isolated), err,
                   [out, usage](const RunnerResponse& response) {
                       copyUsage(response.usage, usage);
                       return replayWrites(response, out);
                   });
}

void streamDestroy(void* stream) {
    std::unique_ptr<IsolatedStream> isolated(&streamOf(stream));
    plugins::StringWriter ignored;
    forward(*isolated->runner, streamRequest(RunnerOperation::StreamDestroy, *isolated), ignored.abi(),
            [](const RunnerResponse&) { return SLUICE_OK; });
}

void classifyError(void* instance, int32_t httpStatus, const sluice_header* headers, size_t headerCount,
                   sluice_str body, sluice_error_info* out, sluice_writer* errorBody) {
    RunnerRequest request = requestFor(RunnerOperation::ClassifyError, nullptr);
    request.httpStatus = httpStatus;
    for (size_t i = 0; i < headerCount; ++i)
        request.headers.emplace_back(std::string(headers[i].name.data, headers[i].name.size),
                                     std::string(headers[i].value.data, headers[i].value.size));
    request.bytes.assign(body.data, body.size);
    plugins::StringWriter failure;
    forward(runnerOf(instance), request, failure.abi(), [out, errorBody](const RunnerResponse& response) {
        out->error_class = response.errorInfo.error_class;
        out->client_status = response.errorInfo.client_status;
        out->retry_after_ms = response.errorInfo.retry_after_ms;
        return replayWrites(response, errorBody);
    });
    if (!failure.text().empty())
        Poco::Logger::get("sluice.isolation").warning("classify_error left as retryable: %s", failure.text());
}

/** The vtable every isolated instance shares; serve_locally is deliberately NULL. */
const sluice_provider_vtable kIsolatedVtable = {sizeof(sluice_provider_vtable),
                                                createUnsupported,
                                                destroyInstance,
                                                buildRequest,
                                                translateResponse,
                                                streamNew,
                                                streamFeed,
                                                streamFinish,
                                                streamDestroy,
                                                classifyError,
                                                nullptr};

}  // namespace

std::shared_ptr<const plugins::ProviderPlugin> startIsolatedProvider(const std::string& runnerExecutable,
                                                                     const std::string& folder,
                                                                     const plugins::PluginManifest& manifest,
                                                                     const std::string& configJson) {
    auto runner = std::make_unique<RunnerProcess>(runnerExecutable, folder, manifest.id, configJson);
    auto provider = std::make_shared<const plugins::ProviderPlugin>(manifest, &kIsolatedVtable, runner.get());
    runner.release();
    return provider;
}

}  // namespace sluice::isolation
