// Which hosts a plugin may reach through the host's HTTP service.
#pragma once

#include <string>
#include <vector>

namespace sluice::plugins {

/**
 * The manifest's permissions.egress: exact host names ("api.acme.com"),
 * subdomain wildcards ("*.acme.com", which does not match acme.com itself)
 * or "*" for any host. Host names compare case-insensitively.
 */
class EgressPolicy {
public:
    explicit EgressPolicy(std::vector<std::string> allowedHosts);

    /** Whether a request to host is allowed. */
    bool allows(const std::string& host) const;

private:
    std::vector<std::string> allowed_;
};

}  // namespace sluice::plugins
