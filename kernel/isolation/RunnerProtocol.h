// The messages the gateway and its plugin runner exchange, and their binary encoding.
#pragma once

#include "plugins/ProviderPlugin.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sluice::isolation {

/**
 * Largest frame payload either side accepts (64 MiB): far above any request or
 * upstream body the gateway handles, small enough that a corrupt length prefix
 * cannot make a process allocate gigabytes.
 */
constexpr uint32_t kMaxFrameBytes = 64u * 1024u * 1024u;

/** The operation a request asks the runner to perform: one per provider ABI call. */
enum class RunnerOperation : uint8_t {
    Create = 1,             // bytes = config JSON; streamId = first stream id the child hands out
    BuildRequest = 2,       // call
    TranslateResponse = 3,  // call, bytes = upstream body
    StreamNew = 4,          // call
    StreamFeed = 5,         // streamId, bytes = upstream bytes
    StreamFinish = 6,       // streamId
    StreamDestroy = 7,      // streamId
    ClassifyError = 8,      // httpStatus, headers, bytes = upstream error body
};

/** The fields of sluice_provider_call, owned so they can cross the pipe. */
struct RunnerCall {
    std::string baseUrl;
    std::string apiKey;
    std::string upstreamModel;
    std::string channelOptions;
    std::string requestBody;
    int32_t stream = 0;
    int32_t includeUsage = 0;
    std::string format;     // ABI 1.2
    std::string operation;  // ABI 1.2

    /** Copies a borrowed ABI call. */
    static RunnerCall from(const sluice_provider_call& call);

    /** A borrowed ABI view of this call, valid while it lives and is unchanged. */
    sluice_provider_call abi() const;
};

/** One operation with its inputs; fields an operation does not use stay empty. */
struct RunnerRequest {
    RunnerOperation operation = RunnerOperation::BuildRequest;
    RunnerCall call;
    std::string bytes;
    int32_t httpStatus = 0;
    plugins::HeaderList headers;
    uint64_t streamId = 0;
};

/** The outcome of one operation: its status, message and outputs. */
struct RunnerResponse {
    sluice_status status = SLUICE_OK;
    std::string error;                             // the plugin's message when status is not OK
    std::vector<std::string> writes;               // each write() to the output writer, in order
    std::string method;                            // BuildRequest
    std::string url;                               // BuildRequest
    plugins::HeaderList headers;                   // BuildRequest
    sluice_usage usage = plugins::unknownUsage();  // TranslateResponse, StreamFinish
    sluice_error_info errorInfo{sizeof(sluice_error_info), SLUICE_ERROR_RETRYABLE, 502, -1};  // ClassifyError
    uint64_t streamId = 0;                                                                    // StreamNew
};

/** Encodes a request as a frame payload. */
std::string encodeRequest(const RunnerRequest& request);

/** Decodes a frame payload; throws std::runtime_error when it is malformed. */
RunnerRequest decodeRequest(std::string_view payload);

/** Encodes a response as a frame payload. */
std::string encodeResponse(const RunnerResponse& response);

/** Decodes a frame payload; throws std::runtime_error when it is malformed. */
RunnerResponse decodeResponse(std::string_view payload);

}  // namespace sluice::isolation
