// Boost.Beast's request parser as a second opinion on RequestParser's, for the differential tests.
#pragma once

#include <string>
#include <string_view>

/**
 * Gives the same bytes to RequestParser and to Boost.Beast's HTTP/1.1 request
 * parser and compares what they make of the head: accepted or refused, and
 * when both accept, the method, the target and the headers. The differences
 * that are by design are explained in BeastComparison.cpp, each once, and
 * not reported; anything else is a disagreement, to fix or to explain there.
 */
class BeastComparison {
public:
    /**
     * How the parsers disagree on the head at the start of input: empty when
     * they agree, or when either needs more bytes to decide.
     */
    static std::string disagreement(std::string_view input);
};
