// A Gemini generateContent request, read and converted to the canonical (OpenAI Chat) request.
#pragma once

#include <string>
#include <string_view>

namespace sluice::dialects {

/**
 * Converts a generateContent / streamGenerateContent body to the canonical
 * chat body: systemInstruction becomes the system message; contents' user and
 * model turns become user and assistant messages; text parts become text,
 * inlineData and fileData parts image parts; functionCall parts the
 * assistant's tool_calls and functionResponse parts tool messages, matched to
 * their calls by id or, as Gemini does, by name; functionDeclarations become
 * tools, toolConfig the tool_choice; generationConfig's temperature, topP,
 * maxOutputTokens, stopSequences and JSON output (responseMimeType with
 * responseSchema or responseJsonSchema) map to their OpenAI names. Thought
 * parts and thought signatures have no place in the canonical model yet and
 * are left out; tools other than function declarations are refused.
 */
class GeminiRequest {
public:
    /** The canonical body for model (from the path), streaming or not; throws http::ApiError 400 naming the field. */
    static std::string toCanonical(std::string_view body, std::string_view model, bool stream);
};

}  // namespace sluice::dialects
