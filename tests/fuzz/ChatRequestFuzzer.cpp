// The chat request validation: any body is accepted or refused with a 400, never anything else.
#include "FuzzSupport.h"
#include "http/ApiError.h"
#include "pipeline/ChatRequest.h"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace sluice::fuzz;
    const std::string body(textOf(data, size));
    try {
        const sluice::pipeline::ChatRequest request = sluice::pipeline::ChatRequest::parse(body);
        require(request.body == body, "the body passes through untouched");
        require(!request.model.empty(), "an accepted request names a model");
    } catch (const sluice::http::ApiError& e) {
        require(e.status() == 400, "a refused body is a 400");
    }
    return 0;
}
