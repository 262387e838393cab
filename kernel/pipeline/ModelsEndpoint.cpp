#include "pipeline/ModelsEndpoint.h"

#include "pipeline/HeadAuthentication.h"
#include "util/JsonText.h"

namespace sluice::pipeline {

void ModelsEndpoint::handle(const std::shared_ptr<http::RequestContext>& context) const {
    LoopSnapshots& snapshots = services_.snapshots.forLoop(context->channel->loop());
    const std::shared_ptr<const catalog::Catalog> catalog = snapshots.catalog.get();
    const catalog::Token& token = HeadAuthentication::tokenOf(context->request);
    std::string body = R"({"object":"list","data":[)";
    bool first = true;
    for (const std::string& model : catalog->modelsFor(token)) {
        if (!first) body += ',';
        first = false;
        body += R"({"id":)" + util::jsonQuote(model) + R"(,"object":"model","created":0,"owned_by":"sluice"})";
    }
    body += "]}";
    context->sendJson(200, body);
}

}  // namespace sluice::pipeline
