#include "util/JsonText.h"

#include <sluice/json.hpp>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <stdexcept>

namespace sluice::util {

namespace {

rapidjson::Document parse(std::string_view json) {
    rapidjson::Document doc;
    if (!json::parse(doc, json).ok()) throw std::invalid_argument("stored JSON is malformed");
    return doc;
}

}  // namespace

std::string toJsonArray(const std::vector<std::string>& values) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writer.StartArray();
    for (const auto& v : values) writer.String(v.c_str(), static_cast<rapidjson::SizeType>(v.size()));
    writer.EndArray();
    return buffer.GetString();
}

std::string toJsonObject(const std::map<std::string, std::string>& values) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writer.StartObject();
    for (const auto& [k, v] : values) {
        writer.Key(k.c_str(), static_cast<rapidjson::SizeType>(k.size()));
        writer.String(v.c_str(), static_cast<rapidjson::SizeType>(v.size()));
    }
    writer.EndObject();
    return buffer.GetString();
}

std::vector<std::string> parseStringArray(std::string_view json) {
    rapidjson::Document doc = parse(json);
    if (!doc.IsArray()) throw std::invalid_argument("expected a JSON array of strings");
    std::vector<std::string> out;
    for (const auto& v : doc.GetArray()) {
        if (!v.IsString()) throw std::invalid_argument("expected a JSON array of strings");
        out.emplace_back(v.GetString(), v.GetStringLength());
    }
    return out;
}

std::map<std::string, std::string> parseStringMap(std::string_view json) {
    rapidjson::Document doc = parse(json);
    if (!doc.IsObject()) throw std::invalid_argument("expected a JSON object of strings");
    std::map<std::string, std::string> out;
    for (const auto& m : doc.GetObject()) {
        if (!m.value.IsString()) throw std::invalid_argument("expected a JSON object of strings");
        out.emplace(m.name.GetString(), m.value.GetString());
    }
    return out;
}

std::string jsonQuote(std::string_view text) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
    return std::string(buffer.GetString(), buffer.GetSize());
}

}  // namespace sluice::util
