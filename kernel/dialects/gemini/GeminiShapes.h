// Gemini's response shape, shared by whole answers and stream chunks, and its error shape.
#pragma once

#include "http/ApiError.h"

#include <rapidjson/document.h>

#include <string>
#include <string_view>
#include <set>
#include <vector>

namespace sluice::dialects::gemini {

/** A function call as Gemini writes it: name, args (JSON text of an object) and id. */
struct FunctionCall {
    std::string id;
    std::string name;
    std::string arguments;
};

/** What one GenerateContentResponse carries: a candidate's text and calls, its finish, the usage. */
struct Candidate {
    std::string text;
    std::vector<FunctionCall> calls;
    std::string_view finishReason;          // Gemini's ("STOP", "MAX_TOKENS", ...); empty while streaming
    const rapidjson::Value* usage = nullptr;  // an OpenAI usage object, rendered as usageMetadata
};

/** Gemini's finishReason for an OpenAI finish_reason. */
std::string_view finishReason(std::string_view openAiFinishReason);

/** One GenerateContentResponse: candidates[0] with role model, usageMetadata, modelVersion and responseId. */
std::string responseJson(const Candidate& candidate, std::string_view model, std::string_view responseId);

/** Gemini's model list: {"models":[{"name":"models/<id>","supportedGenerationMethods":[...]}]}. */
std::string modelList(const std::set<std::string>& models);

/** {"error":{"code":...,"message":...,"status":...}}, the status named as Google's APIs name them. */
std::string errorJson(const http::ApiError& error);

}  // namespace sluice::dialects::gemini
