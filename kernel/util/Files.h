// Whole-file reads and safe writes: new files that never overwrite, replacements that are atomic,
// and files and directories only their owner can open.
#pragma once

#include <string>
#include <sys/types.h>

namespace sluice::util {

/**
 * Creates directory and its missing parents, each new one with mode 0700
 * (owner only) whatever the umask; directories that exist keep their mode.
 * Throws std::runtime_error when one cannot be created.
 */
void createPrivateDirectories(const std::string& directory);

/**
 * Creates path as an empty file with mode 0600 (owner only) whatever the
 * umask, unless it exists; a program opening it next (SQLite) then keeps
 * that mode. Throws std::runtime_error when it cannot.
 */
void createPrivateFile(const std::string& path);

/**
 * Takes group and other permissions away from path, when it exists and this
 * process owns it; throws std::runtime_error when its mode cannot be changed.
 */
void restrictToOwner(const std::string& path);

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
