#include "upstream/UpstreamTarget.h"

#include <Poco/Exception.h>
#include <Poco/URI.h>

#include <stdexcept>

namespace sluice::upstream {

UpstreamTarget UpstreamTarget::parse(const std::string& url) {
    Poco::URI uri;
    try {
        uri = Poco::URI(url);
    } catch (const Poco::Exception& e) {
        throw std::invalid_argument("bad upstream URL: " + e.displayText());
    }
    if (uri.getScheme() != "http" && uri.getScheme() != "https")
        throw std::invalid_argument("upstream URL must be http:// or https://");
    if (uri.getHost().empty()) throw std::invalid_argument("upstream URL has no host");
    UpstreamTarget target;
    target.secure = uri.getScheme() == "https";
    target.host = uri.getHost();
    target.port = uri.getPort();
    target.pathAndQuery = uri.getPathEtc();
    if (target.pathAndQuery.empty()) target.pathAndQuery = "/";
    return target;
}

std::string UpstreamTarget::key() const {
    return (secure ? "https://" : "http://") + host + ":" + std::to_string(port);
}

}  // namespace sluice::upstream
