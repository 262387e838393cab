// Provisioning file validation: the contract's shape, and each kind of bad file named by path.
#include "provisioning/ProvisioningPlan.h"

#include <cppunit/extensions/HelperMacros.h>

using sluice::provisioning::ProvisioningPlan;

namespace {

const std::string kContract = R"({
  "channels": [
    {"name": "primary", "provider": "openai", "base_url": "http://127.0.0.1:18001/v1",
     "keys": ["sk-upstream-1", "sk-upstream-2"], "models": ["gpt-4o-mini", "gpt-4o"],
     "model_map": {"gpt-4o": "gpt-4o-mini"}, "priority": 10, "weight": 1,
     "groups": ["default"], "enabled": true}
  ],
  "tokens": [
    {"name": "ci", "key": "sk-test-0001", "models": ["*"], "quota": 1000000, "group": "default"}
  ]
})";

std::string errorOf(const std::string& json) {
    try {
        ProvisioningPlan::parse(json);
    } catch (const std::invalid_argument& e) {
        return e.what();
    }
    return "";
}

std::string with(const std::string& from, const std::string& to) {
    std::string s = kContract;
    size_t at = s.find(from);
    if (at == std::string::npos) throw std::logic_error("fixture lacks " + from);
    return s.replace(at, from.size(), to);
}

}  // namespace

class ProvisioningPlanTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(ProvisioningPlanTest);
    CPPUNIT_TEST(parsesTheContractExample);
    CPPUNIT_TEST(appliesDefaults);
    CPPUNIT_TEST(quotaNullMeansUnlimitedAndZeroMeansNone);
    CPPUNIT_TEST(namesThePathOfEachBadField);
    CPPUNIT_TEST_SUITE_END();

public:
    void parsesTheContractExample() {
        ProvisioningPlan plan = ProvisioningPlan::parse(kContract);
        CPPUNIT_ASSERT_EQUAL(size_t(1), plan.channels.size());
        const auto& c = *plan.channels[0];
        CPPUNIT_ASSERT_EQUAL(std::string("primary"), c.name);
        CPPUNIT_ASSERT_EQUAL(size_t(2), c.keys.size());
        CPPUNIT_ASSERT_EQUAL(std::string("gpt-4o-mini"), c.upstreamModel("gpt-4o"));
        CPPUNIT_ASSERT_EQUAL(int64_t(10), c.priority);
        CPPUNIT_ASSERT_EQUAL(std::string("sk-test-0001"), *plan.tokens[0].key);
        CPPUNIT_ASSERT_EQUAL(int64_t(1000000), *plan.tokens[0].token.quota);
    }

    void appliesDefaults() {
        ProvisioningPlan plan = ProvisioningPlan::parse(
            R"({"channels":[{"name":"m","provider":"mock","models":["x"]}],"tokens":[{"name":"t"}]})");
        CPPUNIT_ASSERT_EQUAL(int64_t(1), plan.channels[0]->weight);
        CPPUNIT_ASSERT_EQUAL(std::string("default"), plan.channels[0]->groups.at(0));
        CPPUNIT_ASSERT(plan.channels[0]->enabled);
        CPPUNIT_ASSERT(!plan.tokens[0].key);
        CPPUNIT_ASSERT_EQUAL(std::string("*"), plan.tokens[0].token.models.at(0));
    }

    void quotaNullMeansUnlimitedAndZeroMeansNone() {
        CPPUNIT_ASSERT(!ProvisioningPlan::parse(with("1000000", "null")).tokens[0].token.quota);
        CPPUNIT_ASSERT_EQUAL(int64_t(0), *ProvisioningPlan::parse(with("1000000", "0")).tokens[0].token.quota);
    }

    void namesThePathOfEachBadField() {
        CPPUNIT_ASSERT(errorOf("{not json").find("$: invalid JSON") == 0);
        CPPUNIT_ASSERT(errorOf("[]").find("$:") == 0);
        CPPUNIT_ASSERT(errorOf(with(R"("channels")", R"("chanels")")).find("chanels: unknown field") == 0);
        CPPUNIT_ASSERT(errorOf(with(R"("name": "primary", )", "")).find("channels[0].name: is required") == 0);
        CPPUNIT_ASSERT(errorOf(with(R"("http://127.0.0.1:18001/v1")", R"("ftp://x")")).find("channels[0].base_url") == 0);
        CPPUNIT_ASSERT(errorOf(with(R"("sk-upstream-2")", "2")).find("channels[0].keys[1]") == 0);
        CPPUNIT_ASSERT(errorOf(with(R"(["gpt-4o-mini", "gpt-4o"])", "[]")).find("channels[0].models: must not be empty") == 0);
        CPPUNIT_ASSERT(errorOf(with(R"({"gpt-4o": "gpt-4o-mini"})", R"({"gpt-4o": 1})")).find("channels[0].model_map.gpt-4o") == 0);
        CPPUNIT_ASSERT(errorOf(with(R"("weight": 1)", R"("weight": -1)")).find("channels[0].weight") == 0);
        CPPUNIT_ASSERT(errorOf(with(R"("priority": 10)", R"("priority": "high")")).find("channels[0].priority") == 0);
        CPPUNIT_ASSERT(errorOf(with(R"("enabled": true)", R"("enabled": "yes")")).find("channels[0].enabled") == 0);
        CPPUNIT_ASSERT(errorOf(with(R"("enabled": true)", R"("enabled": true, "wieght": 2)")).find("channels[0].wieght: unknown field") == 0);
        CPPUNIT_ASSERT(errorOf(with("1000000", "-5")).find("tokens[0].quota") == 0);
        CPPUNIT_ASSERT(errorOf(with(R"("key": "sk-test-0001")", R"("key": "")")).find("tokens[0].key") == 0);
        CPPUNIT_ASSERT(errorOf(with(R"(["*"])", R"("*")")).find("tokens[0].models") == 0);
        std::string twice = with(R"({"name": "ci")", R"({"name": "ci"}, {"name": "ci")");
        CPPUNIT_ASSERT(errorOf(twice).find("tokens[1].name: duplicates") == 0);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(ProvisioningPlanTest);
