#include "EventStampScanner.h"

namespace sluice::probe {
namespace {

constexpr std::string_view kMarker = R"("system_fingerprint":"fp_)";

}  // namespace

void EventStampScanner::scan(std::string_view bytes, std::vector<std::int64_t>& stamps) {
    for (const char c : bytes) {
        if (inDigits_) {
            if (c >= '0' && c <= '9') {
                value_ = value_ * 10 + (c - '0');
                sawDigit_ = true;
                continue;
            }
            if (c == '"' && sawDigit_) {
                stamps.push_back(value_);
            }
            inDigits_ = false;
            sawDigit_ = false;
            value_ = 0;
        }
        if (c == kMarker[matched_]) {
            ++matched_;
        } else {
            matched_ = c == kMarker.front() ? 1 : 0;
        }
        if (matched_ == kMarker.size()) {
            inDigits_ = true;
            matched_ = 0;
        }
    }
}

}  // namespace sluice::probe
