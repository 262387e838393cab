#include "pipeline/ModelsEndpoint.h"

#include "pipeline/HeadAuthentication.h"
#include "util/JsonText.h"

namespace sluice::pipeline {

std::string openAiModelList(const std::set<std::string>& models) {
    std::string body = R"({"object":"list","data":[)";
    bool first = true;
    for (const std::string& model : models) {
        if (!first) body += ',';
        first = false;
        body += R"({"id":)" + util::jsonQuote(model) + R"(,"object":"model","created":0,"owned_by":"sluice"})";
    }
    return body + "]}";
}

void ModelsEndpoint::handle(const std::shared_ptr<http::RequestContext>& context) const {
    const std::shared_ptr<const catalog::Catalog> catalog = services_.snapshots.forLoop(context->channel->loop()).catalog.get();
    context->sendJson(200, render_(catalog->modelsFor(HeadAuthentication::tokenOf(context->request))));
}

}  // namespace sluice::pipeline
