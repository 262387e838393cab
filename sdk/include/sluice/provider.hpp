// The provider kind in the C++ SDK layer: translate, never do I/O.
#pragma once

#include <sluice/host.hpp>
#include <sluice/sink.hpp>

#include <memory>

namespace sluice {

/** One call's channel and canonical request, as borrowed views. */
struct ProviderCall {
    std::string_view baseUrl;
    std::string_view apiKey;
    std::string_view upstreamModel;
    std::string_view channelOptions;
    std::string_view requestBody;
    bool stream = false;
    bool includeUsage = false;
    /** requestBody's wire format: "openai-chat" (canonical), or a native format the manifest declares (ABI 1.2). */
    std::string_view format = "openai-chat";
    /** What is asked: "chat" (ABI 1.2; more operations come with the endpoints work). */
    std::string_view operation = "chat";
};

/** The upstream HTTP request a provider asks the kernel to send. */
struct UpstreamRequest {
    std::string method = "POST";
    std::string url;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
};

/** How the kernel should treat an upstream failure. */
struct ErrorInfo {
    sluice_error_class errorClass = SLUICE_ERROR_RETRYABLE;
    int clientStatus = 502;
    int64_t retryAfterMs = -1;
    std::string canonicalBody;  // {"error":{...}} in OpenAI's shape
};

/** Translates one upstream byte stream into canonical SSE events. */
class StreamTranslator {
public:
    virtual ~StreamTranslator() = default;

    /** Consumes bytes split anywhere; writes each whole canonical event to out. */
    virtual void feed(std::string_view bytes, const Sink& out) = 0;

    /** Flushes what remains at end of stream and returns the usage seen. */
    virtual Usage finish(const Sink& out) = 0;
};

/** A provider adapter: subclass it and register it with SLUICE_PROVIDER_PLUGIN. */
class ProviderAdapter {
public:
    virtual ~ProviderAdapter() = default;

    /** Builds the upstream request for one call. */
    virtual UpstreamRequest buildRequest(const ProviderCall& call) = 0;

    /** Translates a whole successful upstream body; fills usage. */
    virtual std::string translateResponse(const ProviderCall& call, std::string_view body,
                                          Usage& usage) = 0;

    /** Starts translating one upstream stream. */
    virtual std::unique_ptr<StreamTranslator> newStream(const ProviderCall& call) = 0;

    /** Classifies a non-2xx upstream response. */
    virtual ErrorInfo classifyError(int status, const HeaderViews& headers,
                                    std::string_view body) = 0;
};

/**
 * Mixed into a ProviderAdapter whose upstream is the plugin itself (an offline
 * mock, an on-device model): the kernel asks it for the upstream bytes instead
 * of sending the built request.
 */
class LocalProvider {
public:
    virtual ~LocalProvider() = default;

    /** Writes the upstream response bytes to out and returns the HTTP status. */
    virtual int serveLocally(const ProviderCall& call, const Sink& out) = 0;
};

}  // namespace sluice
