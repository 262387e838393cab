#include "pipeline/ModelsEndpoint.h"

#include "http/Exchange.h"
#include "pipeline/Authenticator.h"
#include "util/JsonText.h"

namespace sluice::pipeline {

void ModelsEndpoint::handle(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) const {
    auto catalog = services_.catalogs.current();
    const catalog::Token& token =
        Authenticator(services_.plugins).authenticate(http::lowerCaseHeaders(request), http::queryOf(request), *catalog);
    std::string body = R"({"object":"list","data":[)";
    bool first = true;
    for (const std::string& model : catalog->modelsFor(token)) {
        if (!first) body += ',';
        first = false;
        body += R"({"id":)" + util::jsonQuote(model) + R"(,"object":"model","created":0,"owned_by":"sluice"})";
    }
    body += "]}";
    http::sendJson(response, 200, body);
}

}  // namespace sluice::pipeline
