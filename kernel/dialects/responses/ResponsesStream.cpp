#include "dialects/responses/ResponsesStream.h"

#include "dialects/CanonicalFields.h"
#include "dialects/responses/ResponsesFields.h"

namespace sluice::dialects {

namespace {

using responses::OutputItem;

/** Opens an event's data: {"type":...,"sequence_number":... */
void startEvent(responses::Writer& out, std::string_view type, int64_t sequence) {
    out.StartObject();
    out.Key("type");
    writeString(out, type);
    out.Key("sequence_number");
    out.Int64(sequence);
}

/** Appends one named server-sent event. */
void appendEvent(std::string& to, std::string_view type, const rapidjson::StringBuffer& data) {
    to.append("event: ").append(type).append("\ndata: ").append(data.GetString(), data.GetSize()).append("\n\n");
}

void writeRaw(responses::Writer& out, const std::string& json) {
    out.RawValue(json.data(), json.size(), rapidjson::kObjectType);
}

}  // namespace

ResponsesStream::Writer& ResponsesStream::begin(std::string_view type) {
    buffer_.Clear();
    writer_.Reset(buffer_);
    startEvent(writer_, type, sequence_++);
    return writer_;
}

void ResponsesStream::emit(std::string_view type) {
    writer_.EndObject();
    appendEvent(pending_, type, buffer_);
}

void ResponsesStream::writeWhere(bool content) {
    writer_.Key("item_id");
    writeString(writer_, output_[static_cast<size_t>(open_)].id);
    writer_.Key("output_index");
    writer_.Int(open_);
    if (!content) return;
    writer_.Key("content_index");
    writer_.Int(0);
}

void ResponsesStream::start() {
    started_ = true;
    const std::string response = responses::responseJson(turn_, {}, {"in_progress", {}, nullptr, nullptr});
    for (std::string_view type : {"response.created", "response.in_progress"}) {
        begin(type).Key("response");
        writeRaw(writer_, response);
        emit(type);
    }
}

void ResponsesStream::open(OutputItem item) {
    close();
    open_ = static_cast<int>(output_.size());
    output_.push_back(std::move(item));
    begin("response.output_item.added").Key("output_index");
    writer_.Int(open_);
    writer_.Key("item");
    responses::writeItem(writer_, output_.back(), false);
    emit("response.output_item.added");
    if (output_.back().kind != OutputItem::Kind::Message) return;
    begin("response.content_part.added");
    writeWhere(true);
    writer_.Key("part");
    responses::writeOutputTextPart(writer_, "");
    emit("response.content_part.added");
}

void ResponsesStream::close() {
    if (open_ < 0) return;
    const OutputItem& item = output_[static_cast<size_t>(open_)];
    if (item.kind == OutputItem::Kind::Message) {
        begin("response.output_text.done");
        writeWhere(true);
        writer_.Key("text");
        writeString(writer_, item.text);
        writer_.Key("logprobs");
        writer_.StartArray();
        writer_.EndArray();
        emit("response.output_text.done");
        begin("response.content_part.done");
        writeWhere(true);
        writer_.Key("part");
        responses::writeOutputTextPart(writer_, item.text);
        emit("response.content_part.done");
    } else {
        begin("response.function_call_arguments.done");
        writeWhere(false);
        writer_.Key("name");
        writeString(writer_, item.name);
        writer_.Key("arguments");
        writeString(writer_, item.text);
        emit("response.function_call_arguments.done");
    }
    begin("response.output_item.done").Key("output_index");
    writer_.Int(open_);
    writer_.Key("item");
    responses::writeItem(writer_, item, true);
    emit("response.output_item.done");
    open_ = -1;
}

void ResponsesStream::readToolCall(const rapidjson::Value& call) {
    if (!call.IsObject()) return;
    const rapidjson::Value& index = responses::memberOrNull(call, "index");
    const int64_t key = index.IsInt64() ? index.GetInt64() : 0;
    const rapidjson::Value& function = responses::memberOrNull(call, "function");
    auto known = calls_.find(key);
    if (known == calls_.end()) {
        open(OutputItem::functionCall(turn_, output_.size(), std::string(stringField(call, "id")),
                                      stringField(function, "name")));
        known = calls_.emplace(key, static_cast<size_t>(open_)).first;
    }
    const std::string_view arguments = stringField(function, "arguments");
    if (arguments.empty()) return;
    output_[known->second].text += arguments;
    if (static_cast<int>(known->second) != open_) return;  // a call streamed between others': its item is closed already
    begin("response.function_call_arguments.delta");
    writeWhere(false);
    writer_.Key("delta");
    writeString(writer_, arguments);
    emit("response.function_call_arguments.delta");
}

void ResponsesStream::readChunk(const rapidjson::Value& chunk) {
    if (!started_) start();
    if (const rapidjson::Value& usage = responses::memberOrNull(chunk, "usage"); usage.IsObject())
        usage_ = responses::usageFrom(usage);
    const rapidjson::Value& choices = responses::memberOrNull(chunk, "choices");
    if (!choices.IsArray() || choices.Empty() || !choices[0].IsObject()) return;
    const rapidjson::Value& choice = choices[0];
    const rapidjson::Value& delta = responses::memberOrNull(choice, "delta");
    if (const std::string_view text = stringField(delta, "content"); !text.empty()) {
        if (open_ < 0 || output_[static_cast<size_t>(open_)].kind != OutputItem::Kind::Message)
            open(OutputItem::message(responses::itemId(turn_, OutputItem::Kind::Message, output_.size())));
        output_[static_cast<size_t>(open_)].text += text;
        begin("response.output_text.delta");
        writeWhere(true);
        writer_.Key("delta");
        writeString(writer_, text);
        writer_.Key("logprobs");
        writer_.StartArray();
        writer_.EndArray();
        emit("response.output_text.delta");
    }
    if (const rapidjson::Value& calls = responses::memberOrNull(delta, "tool_calls"); calls.IsArray())
        for (const auto& call : calls.GetArray()) readToolCall(call);
    if (const std::string_view finish = stringField(choice, "finish_reason"); !finish.empty())
        incompleteReason_ = responses::incompleteReason(finish);
}

std::string_view ResponsesStream::status() const { return incompleteReason_.empty() ? "completed" : "incomplete"; }

std::string ResponsesStream::answer() const {
    return responses::responseJson(turn_, output_, {status(), incompleteReason_, &usage_, nullptr});
}

bool ResponsesStream::finish(const EventSink& out) {
    pending_.clear();
    if (!started_) start();
    close();
    const std::string_view type = incompleteReason_.empty() ? "response.completed" : "response.incomplete";
    begin(type).Key("response");
    writeRaw(writer_, answer());
    emit(type);
    return out(pending_);
}

std::string ResponsesStream::errorEvent(const http::ApiError& error) const {
    rapidjson::StringBuffer buffer;
    Writer out(buffer);
    startEvent(out, "error", sequence_);
    out.Key("code");
    writeString(out, error.code());
    out.Key("message");
    writeString(out, error.callerMessage());
    out.Key("param");
    if (error.param().empty()) out.Null();
    else writeString(out, error.param());
    out.EndObject();
    std::string events;
    appendEvent(events, "error", buffer);
    buffer.Clear();
    out.Reset(buffer);
    startEvent(out, "response.failed", sequence_ + 1);
    out.Key("response");
    writeRaw(out, responses::responseJson(turn_, output_, {"failed", {}, &usage_, &error}));
    out.EndObject();
    appendEvent(events, "response.failed", buffer);
    return events;
}

}  // namespace sluice::dialects
