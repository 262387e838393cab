// A transport failure talking to an upstream (no HTTP response to classify).
#pragma once

#include <stdexcept>
#include <string>

namespace sluice::upstream {

/** The upstream could not be reached, or went silent past a timeout. */
class UpstreamFailure : public std::runtime_error {
public:
    UpstreamFailure(bool timedOut, const std::string& message) : std::runtime_error(message), timedOut_(timedOut) {}

    /** True for a timeout (the caller gets 504), false for a connection failure (502). */
    bool timedOut() const noexcept { return timedOut_; }

private:
    bool timedOut_;
};

}  // namespace sluice::upstream
