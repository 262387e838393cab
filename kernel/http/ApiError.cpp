#include "http/ApiError.h"

#include "util/JsonText.h"

namespace sluice::http {

std::string ApiError::toJson() const {
    if (!body_.empty()) return body_;
    return R"({"error":{"message":)" + util::jsonQuote(what()) + R"(,"type":)" + util::jsonQuote(type_) +
           R"(,"param":null,"code":)" + util::jsonQuote(code_) + "}}";
}

}  // namespace sluice::http
