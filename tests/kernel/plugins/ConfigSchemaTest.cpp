// A plugin's config is checked against its config_schema, and each violation is named by its JSON path.
#include "plugins/ConfigSchema.h"
#include "support/Thrown.h"

#include <cppunit/extensions/HelperMacros.h>

using sluice::plugins::ConfigSchema;

namespace {

const char* kSchema = R"({
  "type": "object",
  "required": ["region"],
  "properties": {
    "region": {"type": "string", "enum": ["eu", "us"]},
    "timeout_ms": {"type": "integer", "minimum": 100, "maximum": 60000},
    "ratio": {"type": "number"},
    "prefix": {"type": "string", "pattern": "^[a-z]+$", "maxLength": 8},
    "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 2},
    "headers": {"type": "object", "additionalProperties": {"type": "string"}}
  },
  "additionalProperties": false
})";

std::string violationOf(const std::string& config) {
    return sluice::testsupport::thrownMessage([&] { ConfigSchema(kSchema).validate(config); });
}

}  // namespace

class ConfigSchemaTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ConfigSchemaTest);
    CPPUNIT_TEST(acceptsAConfigThatMatches);
    CPPUNIT_TEST(namesEachViolationByPath);
    CPPUNIT_TEST(refusesWhatIsNotAnObject);
    CPPUNIT_TEST(refusesASchemaThatIsNotAnObject);
    CPPUNIT_TEST_SUITE_END();

public:
    void acceptsAConfigThatMatches() {
        CPPUNIT_ASSERT_EQUAL(std::string(), violationOf(R"({"region":"eu","timeout_ms":500,"ratio":1,"prefix":"ab",
            "tags":["a"],"headers":{"x-a":"b"}})"));
        CPPUNIT_ASSERT_NO_THROW(ConfigSchema("{}").validate(R"({"anything":[1,2]})"));
    }

    void namesEachViolationByPath() {
        CPPUNIT_ASSERT_EQUAL(std::string("$: lacks the required property 'region'"), violationOf("{}"));
        CPPUNIT_ASSERT_EQUAL(std::string("$.region: is not one of the values the schema's enum allows"),
                             violationOf(R"({"region":"asia"})"));
        CPPUNIT_ASSERT_EQUAL(std::string("$.timeout_ms: expected integer, got number"),
                             violationOf(R"({"region":"eu","timeout_ms":1.5})"));
        CPPUNIT_ASSERT_EQUAL(std::string("$.timeout_ms: value is below the minimum 100"),
                             violationOf(R"({"region":"eu","timeout_ms":5})"));
        CPPUNIT_ASSERT_EQUAL(std::string("$.prefix: does not match the pattern ^[a-z]+$"),
                             violationOf(R"({"region":"eu","prefix":"A1"})"));
        CPPUNIT_ASSERT_EQUAL(std::string("$.prefix: length is above the maximum 8"),
                             violationOf(R"({"region":"eu","prefix":"abcdefghij"})"));
        CPPUNIT_ASSERT_EQUAL(std::string("$.tags[1]: expected string, got integer"),
                             violationOf(R"({"region":"eu","tags":["a",2]})"));
        CPPUNIT_ASSERT_EQUAL(std::string("$.tags: item count is above the maximum 2"),
                             violationOf(R"({"region":"eu","tags":["a","b","c"]})"));
        CPPUNIT_ASSERT_EQUAL(std::string("$.headers.x-a: expected string, got boolean"),
                             violationOf(R"({"region":"eu","headers":{"x-a":true}})"));
        CPPUNIT_ASSERT_EQUAL(std::string("$.colour: is not a property the schema allows"),
                             violationOf(R"({"region":"eu","colour":"red"})"));
    }

    void refusesWhatIsNotAnObject() {
        CPPUNIT_ASSERT_EQUAL(std::string("$: the config must be a JSON object, got array"), violationOf("[]"));
        CPPUNIT_ASSERT(violationOf("{").find("$: not valid JSON") == 0);
    }

    void refusesASchemaThatIsNotAnObject() {
        CPPUNIT_ASSERT_THROW(ConfigSchema("[1]"), std::invalid_argument);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ConfigSchemaTest);
