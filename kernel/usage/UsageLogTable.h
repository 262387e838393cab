// The usage_log table as both of the writer's insert paths (SQLite and MySQL) fill it.
#pragma once

#include <cstddef>
#include <string_view>

namespace sluice::usage {

/** The INSERT up to its VALUES, the columns in the order every row binds them. */
inline constexpr std::string_view kUsageLogInsert =
    "INSERT INTO usage_log (request_id, created_at, token_id, model, upstream_model, channel_id, status, stream, "
    "latency_ms, first_byte_ms, prompt_tokens, completion_tokens, total_tokens, error) VALUES ";

/** Columns per row in kUsageLogInsert. */
inline constexpr size_t kUsageLogColumns = 14;

/** The longest error text stored with a row; longer ones are cut. */
inline constexpr size_t kMaxUsageErrorText = 1000;

}  // namespace sluice::usage
