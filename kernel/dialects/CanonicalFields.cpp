#include "dialects/CanonicalFields.h"

namespace sluice::dialects {

std::string_view stringField(const rapidjson::Value& object, const char* name) {
    if (!object.IsObject()) return {};
    auto it = object.FindMember(name);
    return it != object.MemberEnd() && it->value.IsString()
               ? std::string_view(it->value.GetString(), it->value.GetStringLength())
               : std::string_view();
}

int64_t integerField(const rapidjson::Value& object, const char* name) {
    if (!object.IsObject()) return 0;
    auto it = object.FindMember(name);
    return it != object.MemberEnd() && it->value.IsInt64() ? it->value.GetInt64() : 0;
}

std::string_view canonicalEventData(std::string_view event) {
    constexpr std::string_view kData = "data:";
    if (event.substr(0, kData.size()) != kData) return {};
    event.remove_prefix(kData.size());
    while (!event.empty() && event.front() == ' ') event.remove_prefix(1);
    while (!event.empty() && (event.back() == '\n' || event.back() == '\r')) event.remove_suffix(1);
    return event == "[DONE]" ? std::string_view() : event;
}

}  // namespace sluice::dialects
