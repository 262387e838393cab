// What a call under test threw: tests compare exact messages, so they need the text.
#pragma once

#include <stdexcept>
#include <string>

namespace sluice::testsupport {

/** The what() of the Exception that call throws, or notThrown when it returns normally. */
template <class Exception = std::invalid_argument, class Call>
std::string thrownMessage(Call&& call, const std::string& notThrown = "") {
    try {
        call();
    } catch (const Exception& e) {
        return e.what();
    }
    return notThrown;
}

}  // namespace sluice::testsupport
