// Checks a plugin instance's config against the JSON Schema its manifest declares.
#pragma once

#include <memory>
#include <string>

namespace sluice::plugins {

/**
 * A JSON Schema (the subset plugins need: type, properties, required,
 * additionalProperties, items, enum, const, minimum/maximum,
 * minLength/maxLength, minItems/maxItems, pattern). Other keywords, such as
 * description, default or title, are annotations and ignored, as JSON Schema
 * prescribes. Validation happens before create(), so a plugin never sees a
 * config its vendor did not describe.
 */
class ConfigSchema {
public:
    /** Parses the schema; throws std::invalid_argument when it is not a JSON object. */
    explicit ConfigSchema(const std::string& schemaJson);
    ~ConfigSchema();
    ConfigSchema(ConfigSchema&&) noexcept;
    ConfigSchema& operator=(ConfigSchema&&) noexcept;

    /**
     * Throws std::invalid_argument naming the first violation by its JSON path,
     * e.g. "$.headers.x: expected string, got number".
     */
    void validate(const std::string& configJson) const;

private:
    struct Document;
    std::unique_ptr<Document> schema_;
};

}  // namespace sluice::plugins
