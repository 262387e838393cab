// Maps method + path to endpoint handlers; everything else gets an OpenAI-shaped 404/405.
#pragma once

#include <Poco/Net/HTTPRequestHandlerFactory.h>

#include <functional>
#include <map>
#include <string>
#include <utility>

namespace sluice::http {

/** The work for one route. */
using Endpoint = std::function<void(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse&)>;

/** Exact-path routing table; also the Poco handler factory. */
class Router : public Poco::Net::HTTPRequestHandlerFactory {
public:
    /** Routes method + path (query string ignored) to endpoint. */
    void add(const std::string& method, const std::string& path, Endpoint endpoint);

    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest& request) override;

private:
    std::map<std::pair<std::string, std::string>, Endpoint> routes_;
};

}  // namespace sluice::http
