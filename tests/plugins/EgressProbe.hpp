// A provider that, on each build_request, fetches its configured URL and reads its
// configured secret through the host: the egress and secrets permission tests' probe.
#pragma once

#include "TinyProvider.hpp"

#include <rapidjson/document.h>

class EgressProbe : public TinyProvider {
public:
    EgressProbe(const sluice::Host& host, std::string_view config) : TinyProvider(host, config), host_(host) {
        rapidjson::Document doc;
        doc.Parse(config.data(), config.size());
        if (doc.IsObject() && doc.HasMember("url")) url_ = doc["url"].GetString();
        if (doc.IsObject() && doc.HasMember("secret")) secret_ = doc["secret"].GetString();
    }

    sluice::UpstreamRequest buildRequest(const sluice::ProviderCall& call) override {
        sluice::UpstreamRequest request = TinyProvider::buildRequest(call);
        sluice::HttpRequest fetch;
        fetch.url = url_;
        sluice::HttpResponse response = host_.httpFetch(fetch);
        request.body = std::to_string(response.status) + " " + response.body + " " + host_.secret(secret_);
        return request;
    }

private:
    sluice::Host host_;
    std::string url_;
    std::string secret_;
};
