// A route's path: literal text with {name} captures, e.g. /v1beta/models/{model}:{action}.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sluice::http {

/** Captured path parts by name, in pattern order. */
using PathParams = std::vector<std::pair<std::string, std::string>>;

/**
 * Matches request paths against a pattern. A capture takes one or more
 * characters up to the literal text that follows it in the pattern, never a
 * '/', so "/v1beta/models/{model}:{action}" splits
 * "/v1beta/models/gemini-2.5-pro:streamGenerateContent" at its colon and
 * "/v1/responses/{id}" takes one segment. A pattern without captures
 * compares whole.
 */
class PathPattern {
public:
    explicit PathPattern(std::string_view pattern);

    /** True when path matches; the captures are then appended to params (when given). */
    bool match(std::string_view path, PathParams* params = nullptr) const;

    /** The pattern as written. */
    const std::string& text() const noexcept { return text_; }

private:
    /** A literal run, or a capture (name set). */
    struct Piece {
        std::string literal;
        std::string name;
    };

    std::string text_;
    std::vector<Piece> pieces_;
};

}  // namespace sluice::http
