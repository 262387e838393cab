// The usage journal's record format: length-prefixed binary, readable back after a crash.
#pragma once

#include "usage/UsageRecord.h"

#include <string>
#include <string_view>
#include <vector>

namespace sluice::usage {

/** Appends record to out as one self-delimiting journal entry (magic, length, fields). */
void encodeUsageRecord(const UsageRecord& record, std::string& out);

/**
 * Reads every whole entry in bytes, in order. Stops at the first entry that
 * is cut short or damaged (the tail a crash may leave), so what was fully
 * written is always recovered and nothing half-written is invented.
 */
std::vector<UsageRecord> decodeUsageRecords(std::string_view bytes);

}  // namespace sluice::usage
