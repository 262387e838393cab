// Whole-file reads and safe writes: new files that never overwrite, replacements that are atomic.
#pragma once

#include <string>
#include <sys/types.h>

namespace sluice::util {

/** Reads a whole file; throws std::invalid_argument when it cannot. */
std::string readFile(const std::string& path);

/** Creates path with content and mode; refuses (std::invalid_argument) when it already exists. */
void writeNewFile(const std::string& path, const std::string& content, mode_t mode);

/**
 * Writes content to a temporary file beside path, then renames it over path,
 * so readers see the old file or the new one, never a half-written one; the file gets mode.
 */
void replaceFile(const std::string& path, const std::string& content, mode_t mode = 0644);

}  // namespace sluice::util
