// The model list endpoints (/v1/models, Gemini's /v1beta/models): the models the calling token may use.
#pragma once

#include "http/RequestContext.h"
#include "pipeline/PipelineServices.h"

#include <string>
#include <set>
#include <vector>

namespace sluice::pipeline {

/** Renders a list of model ids in one dialect's list shape. */
using ModelListRenderer = std::string (*)(const std::set<std::string>& models);

/** OpenAI's list shape: {"object":"list","data":[{"id","object":"model",...}]}. */
std::string openAiModelList(const std::set<std::string>& models);

/** Lists the models the caller's token may use (by its model list and group), in a dialect's shape. */
class ModelsEndpoint {
public:
    ModelsEndpoint(PipelineServices services, ModelListRenderer render) : services_(services), render_(render) {}

    /** Answers one request; a missing or bad key is a 401. */
    void handle(const std::shared_ptr<http::RequestContext>& context) const;

private:
    PipelineServices services_;
    ModelListRenderer render_;
};

}  // namespace sluice::pipeline
