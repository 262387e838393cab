#include "SseEventScanner.h"

namespace sluice::probe {

std::size_t SseEventScanner::scan(std::string_view bytes) {
    std::size_t events = 0;
    for (const char c : bytes) {
        if (c == '\n' && afterCarriageReturn_) {
            afterCarriageReturn_ = false;
            continue;
        }
        afterCarriageReturn_ = c == '\r';
        if (c == '\r' || c == '\n') {
            if (lineIsEmpty_ && eventHasField_) {
                ++events;
                eventHasField_ = false;
            } else if (!lineIsEmpty_ && !lineIsComment_) {
                eventHasField_ = true;
            }
            lineIsEmpty_ = true;
            lineIsComment_ = false;
        } else if (lineIsEmpty_) {
            lineIsEmpty_ = false;
            lineIsComment_ = c == ':';
        }
    }
    return events;
}

}  // namespace sluice::probe
