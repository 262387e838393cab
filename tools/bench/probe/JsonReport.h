#pragma once

#include "Measurements.h"
#include "ProbeOptions.h"

#include <cstdint>
#include <string>

namespace sluice::probe {

/**
 * The run's result as the one-line JSON object the report script reads, with
 * the fields of the run's mode (see README.md). Rates are per second of the
 * measured part of the run (duration minus warm-up).
 */
std::string formatJsonReport(const ProbeOptions& options, const Measurements& measurements, std::int64_t peakOpen);

}  // namespace sluice::probe
