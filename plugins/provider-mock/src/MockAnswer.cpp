#include "MockAnswer.h"

#include <sluice/json.hpp>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <sstream>

namespace sluice::plugins {

namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

std::string lastUserText(std::string_view body) {
    rapidjson::Document doc;
    if (!json::parse(doc, body).ok() || !doc.IsObject() || !doc.HasMember("messages") || !doc["messages"].IsArray()) return {};
    std::string text;
    for (const auto& message : doc["messages"].GetArray()) {
        if (!message.IsObject() || !message.HasMember("content")) continue;
        const auto& role = message["role"];
        const auto& content = message["content"];
        if (role.IsString() && std::string_view(role.GetString()) == "user" && content.IsString()) text = content.GetString();
    }
    return text;
}

void splitWords(const std::string& text, std::vector<std::string>& words) {
    std::istringstream in(text);
    std::string word;
    while (in >> word) words.push_back(word + " ");
}

void writeHead(JsonWriter& w, const char* object, const std::string& model) {
    w.Key("id");
    w.String("chatcmpl-sluice-mock");
    w.Key("object");
    w.String(object);
    w.Key("created");
    w.Int64(1700000000);
    w.Key("model");
    w.String(model.c_str(), static_cast<rapidjson::SizeType>(model.size()));
}

/** Opens a chat.completion.chunk object up to its "choices" array. */
void startChunk(JsonWriter& w, const std::string& model) {
    w.StartObject();
    writeHead(w, "chat.completion.chunk", model);
    w.Key("choices");
    w.StartArray();
}

std::string sseFrame(const rapidjson::StringBuffer& buffer) {
    return "data: " + std::string(buffer.GetString(), buffer.GetSize()) + "\n\n";
}

}  // namespace

MockAnswer::MockAnswer(const ProviderCall& call, const std::string& reply)
    : model_(call.upstreamModel),
      promptTokens_(std::max<int64_t>(1, static_cast<int64_t>(call.requestBody.size() / 4))) {
    splitWords(reply, words_);
    splitWords(lastUserText(call.requestBody), words_);
}

std::string MockAnswer::usageJson() const {
    auto completion = static_cast<int64_t>(words_.size());
    return R"({"prompt_tokens":)" + std::to_string(promptTokens_) + R"(,"completion_tokens":)" +
           std::to_string(completion) + R"(,"total_tokens":)" + std::to_string(promptTokens_ + completion) + "}";
}

std::string MockAnswer::completionBody() const {
    std::string content;
    for (const auto& word : words_) content += word;
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    w.StartObject();
    writeHead(w, "chat.completion", model_);
    w.Key("choices");
    w.StartArray();
    w.StartObject();
    w.Key("index");
    w.Int(0);
    w.Key("message");
    w.StartObject();
    w.Key("role");
    w.String("assistant");
    w.Key("content");
    w.String(content.c_str(), static_cast<rapidjson::SizeType>(content.size()));
    w.EndObject();
    w.Key("finish_reason");
    w.String("stop");
    w.EndObject();
    w.EndArray();
    w.Key("usage");
    std::string usage = usageJson();
    w.RawValue(usage.c_str(), usage.size(), rapidjson::kObjectType);
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize());
}

std::string MockAnswer::chunkEvent(const std::string* content, bool first, bool last) const {
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    startChunk(w, model_);
    w.StartObject();
    w.Key("index");
    w.Int(0);
    w.Key("delta");
    w.StartObject();
    if (first) {
        w.Key("role");
        w.String("assistant");
    }
    if (content) {
        w.Key("content");
        w.String(content->c_str(), static_cast<rapidjson::SizeType>(content->size()));
    }
    w.EndObject();
    w.Key("finish_reason");
    if (last) w.String("stop");
    else w.Null();
    w.EndObject();
    w.EndArray();
    w.EndObject();
    return sseFrame(buffer);
}

std::string MockAnswer::usageEvent() const {
    rapidjson::StringBuffer buffer;
    JsonWriter w(buffer);
    startChunk(w, model_);
    w.EndArray();
    w.Key("usage");
    std::string usage = usageJson();
    w.RawValue(usage.c_str(), usage.size(), rapidjson::kObjectType);
    w.EndObject();
    return sseFrame(buffer);
}

}  // namespace sluice::plugins
