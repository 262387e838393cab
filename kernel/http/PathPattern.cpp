#include "http/PathPattern.h"

#include <stdexcept>

namespace sluice::http {

PathPattern::PathPattern(std::string_view pattern) : text_(pattern) {
    for (size_t at = 0; at < pattern.size();) {
        const size_t open = pattern.find('{', at);
        if (open != at) {
            pieces_.push_back({std::string(pattern.substr(at, open - at)), {}});
            if (open == std::string_view::npos) break;
        }
        const size_t close = pattern.find('}', open);
        if (close == std::string_view::npos || close == open + 1)
            throw std::invalid_argument("route pattern '" + text_ + "' has an unclosed or empty capture");
        if (!pieces_.empty() && !pieces_.back().name.empty())
            throw std::invalid_argument("route pattern '" + text_ + "' has two captures with nothing between them");
        pieces_.push_back({{}, std::string(pattern.substr(open + 1, close - open - 1))});
        at = close + 1;
    }
}

bool PathPattern::match(std::string_view path, PathParams* params) const {
    const size_t kept = params ? params->size() : 0;
    auto fail = [&] {
        if (params) params->resize(kept);
        return false;
    };
    size_t at = 0;
    for (size_t i = 0; i < pieces_.size(); ++i) {
        const Piece& piece = pieces_[i];
        if (piece.name.empty()) {
            if (path.substr(at, piece.literal.size()) != piece.literal) return fail();
            at += piece.literal.size();
            continue;
        }
        const bool last = i + 1 == pieces_.size();
        const size_t segmentEnd = std::min(path.find('/', at), path.size());
        const size_t end = last ? segmentEnd : path.find(pieces_[i + 1].literal, at);
        if (end == std::string_view::npos || end <= at || end > segmentEnd) return fail();
        if (params) params->emplace_back(piece.name, std::string(path.substr(at, end - at)));
        at = end;
    }
    return at == path.size() || fail();
}

}  // namespace sluice::http
