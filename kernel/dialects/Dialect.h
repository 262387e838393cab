// An inbound API dialect: how callers of one API shape talk to the gateway.
#pragma once

#include "dialects/StreamRenderer.h"
#include "http/ApiError.h"
#include "http/RequestContext.h"
#include "pipeline/ChatRequest.h"

#include <functional>
#include <memory>
#include <string>

namespace sluice::dialects {

/**
 * Converts between one inbound dialect (OpenAI Chat, Anthropic Messages, ...)
 * and the canonical model every provider plugin speaks: the OpenAI Chat
 * shape. The pipeline is the same for all dialects; only these conversions
 * and the error shape differ. Implementations are stateless and shared by
 * every request of their routes, but for one whose answers depend on state
 * loaded first (a Responses request continuing a stored one), made per request.
 */
class Dialect {
public:
    virtual ~Dialect() = default;

    /**
     * Validates a request body and converts it to the canonical request;
     * throws http::ApiError 400. request gives what a dialect reads outside
     * the body (Gemini's model and action are in the path).
     */
    virtual pipeline::ChatRequest parse(std::string body, const http::RequestContext& request) const = 0;

    /** The caller's response body for a canonical chat.completion body. */
    virtual std::string renderBody(std::string canonicalBody, const pipeline::ChatRequest& request) const = 0;

    /** A renderer for one streamed response (context: Gemini's ?alt=sse chooses its framing). */
    virtual std::unique_ptr<StreamRenderer> newStream(const pipeline::ChatRequest& request,
                                                      const http::RequestContext& context) const = 0;

    /** The body of an error answer in this dialect's shape. */
    virtual std::string errorBody(const http::ApiError& error) const = 0;

    /**
     * The wire format this dialect's requests are written in, as provider
     * manifests name formats they take untranslated ("anthropic-messages"),
     * or "" when no provider could: then every request is translated. A
     * dialect that names one keeps the caller's body in ChatRequest::nativeBody.
     */
    virtual std::string_view nativeFormat() const { return {}; }

    /**
     * Keeps a whole answer before the caller sees it complete (the Responses
     * API's store): answer is the body renderBody returned, or the stream
     * renderer's answer(). False when nothing is kept; else resume runs on
     * context's loop once it is, and only then is the answer completed.
     */
    virtual bool keep([[maybe_unused]] std::string_view answer, [[maybe_unused]] const http::RequestContext& context,
                      [[maybe_unused]] const std::function<void()>& resume) const {
        return false;
    }
};

}  // namespace sluice::dialects
