#include "dialects/CanonicalWriting.h"

namespace sluice::dialects {

void writeString(CanonicalWriter& out, std::string_view value) {
    out.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void openFunction(CanonicalWriter& out, std::string_view name) {
    out.StartObject();
    out.Key("type");
    out.String("function");
    out.Key("function");
    out.StartObject();
    out.Key("name");
    writeString(out, name);
}

void closeFunction(CanonicalWriter& out) {
    out.EndObject();
    out.EndObject();
}

void writeToolCall(CanonicalWriter& out, std::string_view id, std::string_view name, std::string_view arguments) {
    openFunction(out, name);
    out.Key("arguments");
    writeString(out, arguments);
    out.EndObject();
    out.Key("id");
    writeString(out, id);
    out.EndObject();
}

void writeTextPart(CanonicalWriter& out, std::string_view text) {
    out.StartObject();
    out.Key("type");
    out.String("text");
    out.Key("text");
    writeString(out, text);
    out.EndObject();
}

void writeImagePart(CanonicalWriter& out, std::string_view url, std::string_view detail) {
    out.StartObject();
    out.Key("type");
    out.String("image_url");
    out.Key("image_url");
    out.StartObject();
    out.Key("url");
    writeString(out, url);
    if (!detail.empty()) {
        out.Key("detail");
        writeString(out, detail);
    }
    out.EndObject();
    out.EndObject();
}

void writeTextMessage(CanonicalWriter& out, std::string_view role, std::string_view content) {
    out.StartObject();
    out.Key("role");
    writeString(out, role);
    out.Key("content");
    writeString(out, content);
    out.EndObject();
}

void writeStreamWithUsage(CanonicalWriter& out) {
    out.Key("stream");
    out.Bool(true);
    out.Key("stream_options");
    out.StartObject();
    out.Key("include_usage");
    out.Bool(true);
    out.EndObject();
}

}  // namespace sluice::dialects
