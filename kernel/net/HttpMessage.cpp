#include "net/HttpMessage.h"

#include "net/HttpText.h"

namespace sluice::net {

std::string_view headerValue(const Headers& headers, std::string_view name) {
    for (const auto& [headerName, value] : headers) {
        if (equalsIgnoringCase(headerName, name)) return value;
    }
    return {};
}

}  // namespace sluice::net
