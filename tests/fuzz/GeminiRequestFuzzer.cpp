// The Gemini generateContent request, as the dialect reads it: any body becomes a canonical request for
// the model in the path, streaming or not, or a 400.
#include "FuzzSupport.h"
#include "dialects/gemini/GeminiRequest.h"
#include "http/ApiError.h"
#include "pipeline/ChatRequest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace sluice::fuzz;
    const bool stream = size % 2 == 1;  // generateContent or streamGenerateContent
    try {
        // As GeminiDialect::parse, less its UTF-8 check, which ChatRequest::parse repeats.
        const auto request = sluice::pipeline::ChatRequest::parse(
            sluice::dialects::GeminiRequest::toCanonical(textOf(data, size), "gemini-2.5-flash", stream));
        require(request.model == "gemini-2.5-flash" && request.stream == stream, "the model and the action of the path");
    } catch (const sluice::http::ApiError& e) {
        require(e.status() == 400, "a refused body is a 400");
    }
    return 0;
}
