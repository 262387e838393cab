// The request parser against Boost.Beast's: the same verdict on every head, but for the differences
// BeastComparison explains.
#include "BeastComparison.h"
#include "FuzzSupport.h"

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string disagreement = BeastComparison::disagreement(sluice::fuzz::textOf(data, size));
    if (!disagreement.empty()) std::fprintf(stderr, "%s\n", disagreement.c_str());
    sluice::fuzz::require(disagreement.empty(), "RequestParser and Beast agree");
    return 0;
}
