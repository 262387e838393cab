// The Anthropic Messages request, as the dialect reads it: any body becomes a canonical request or a 400.
#include "FuzzSupport.h"
#include "dialects/anthropic/AnthropicRequest.h"
#include "http/ApiError.h"
#include "pipeline/ChatRequest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace sluice::fuzz;
    try {
        // As AnthropicMessagesDialect::parse, less its UTF-8 check, which ChatRequest::parse repeats.
        sluice::pipeline::ChatRequest::parse(sluice::dialects::AnthropicRequest::toCanonical(textOf(data, size)));
    } catch (const sluice::http::ApiError& e) {
        require(e.status() == 400, "a refused body is a 400");
    }
    return 0;
}
