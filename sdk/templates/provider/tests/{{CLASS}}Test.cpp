// Tests {{ID}} through its C ABI with the SDK's test kit: no kernel, no network.
#include <sluice/testing.hpp>

#include <cstdio>
#include <fstream>
#include <sstream>

namespace {

int failures = 0;

void check(bool condition, const char* what) {
    if (condition) return;
    std::fprintf(stderr, "FAILED: %s\n", what);
    ++failures;
}

std::string fixture(const char* name) {
    std::ifstream in(std::string(FIXTURES_DIR) + "/" + name, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

void buildsTheUpstreamRequest() {
    sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
    sluice::testing::CallSpec call;
    call.baseUrl = "https://api.example.com/v1/";
    call.upstreamModel = "example-large";
    auto request = harness.buildRequest(call);
    check(request.url == "https://api.example.com/v1/chat/completions", "request URL");
    check(request.header("Authorization") == "Bearer sk-upstream-test", "Authorization header");
    check(request.body.find("\"model\":\"example-large\"") != std::string::npos, "model mapped in the body");
}

void translatesTheStreamAtEverySplitPoint() {
    sluice::testing::ProviderHarness harness(&sluice_plugin_entry_v1);
    sluice::testing::CallSpec call;
    call.stream = true;
    call.includeUsage = true;
    const std::string bytes = fixture("stream.sse");
    auto whole = harness.translateStream(call, bytes, {});
    check(whole.events.size() == 4, "four canonical events");
    check(whole.usage.total_tokens == 12, "usage read from the stream");
    for (size_t cut = 1; cut < bytes.size(); ++cut)
        check(harness.translateStream(call, bytes, {cut}).events == whole.events, "same events at every split point");
}

}  // namespace

int main() {
    buildsTheUpstreamRequest();
    translatesTheStreamAtEverySplitPoint();
    std::printf("%d failed\n", failures);
    return failures == 0 ? 0 : 1;
}
