#include "http/ApiError.h"

#include "util/JsonText.h"

#include <sluice/json.hpp>

namespace sluice::http {

std::string ApiError::toJson() const {
    if (!body_.empty()) return body_;
    return R"({"error":{"message":)" + util::jsonQuote(what()) + R"(,"type":)" + util::jsonQuote(type_) +
           R"(,"param":)" + (param_.empty() ? std::string("null") : util::jsonQuote(param_)) + R"(,"code":)" +
           util::jsonQuote(code_) + "}}";
}

std::string ApiError::callerMessage() const {
    if (body_.empty()) return what();
    rapidjson::Document doc;
    if (!json::parse(doc, body_).ok() || !doc.IsObject()) return what();
    auto error = doc.FindMember("error");
    if (error == doc.MemberEnd() || !error->value.IsObject()) return what();
    auto message = error->value.FindMember("message");
    return message != error->value.MemberEnd() && message->value.IsString() ? message->value.GetString() : what();
}

}  // namespace sluice::http
