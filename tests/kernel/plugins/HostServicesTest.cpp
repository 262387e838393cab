// The http and secret host services: granted only as the manifest declares, denied with a reason and an audit count.
#include "metrics/MetricsRegistry.h"
#include "plugins/AbiWriters.h"
#include "plugins/HostServices.h"
#include "plugins/PluginFailure.h"
#include "plugins/PluginHost.h"

#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>

#include <cppunit/extensions/HelperMacros.h>

#include <cstddef>
#include <cstdlib>

using sluice::plugins::HostServices;
using sluice::plugins::PluginHost;
using sluice::plugins::PluginManifest;
using sluice::plugins::PluginSources;
using sluice::plugins::StringWriter;

namespace {

class Pong : public Poco::Net::HTTPRequestHandler {
public:
    void handleRequest(Poco::Net::HTTPServerRequest&, Poco::Net::HTTPServerResponse& response) override {
        response.setStatus(Poco::Net::HTTPResponse::HTTP_ACCEPTED);
        response.send() << "pong";
    }
};

class PongFactory : public Poco::Net::HTTPRequestHandlerFactory {
public:
    Poco::Net::HTTPRequestHandler* createRequestHandler(const Poco::Net::HTTPServerRequest&) override { return new Pong; }
};

/** A loopback HTTP server answering 202 "pong" to everything, for the plugin to reach. */
class PongServer {
public:
    PongServer() : server_(new PongFactory, Poco::Net::ServerSocket(Poco::Net::SocketAddress("127.0.0.1", 0)),
                           new Poco::Net::HTTPServerParams) {
        server_.start();
    }
    ~PongServer() { server_.stopAll(true); }
    uint16_t port() const { return server_.port(); }

private:
    Poco::Net::HTTPServer server_;
};

/** Runs the probe's build_request with the given config; returns the body it built or the failure message. */
std::string probe(sluice::metrics::MetricsRegistry& metrics, const std::string& url, const std::string& secret) {
    PluginHost host(metrics);
    PluginSources sources;
    sources.builtInDirectory = SLUICE_TEST_PLUGINS_DIR;
    sources.configs["test/egress-probe"] = R"({"url":")" + url + R"(","secret":")" + secret + R"("})";
    auto provider = host.load(sources)->provider("probe");
    if (!provider) return "probe not loaded";
    std::string base = "http://127.0.0.1:1", body = "{}";
    sluice_provider_call call{sizeof(sluice_provider_call), {base.data(), base.size()}, {"", 0}, {"m", 1}, {"{}", 2},
                              {body.data(), body.size()}, 0, 0, {"openai-chat", 11}, {"chat", 4}};
    try {
        return provider->buildRequest(call).body;
    } catch (const sluice::plugins::PluginFailure& failure) {
        return failure.what();
    }
}

}  // namespace

class HostServicesTest : public CppUnit::TestFixture {
    CPPUNIT_TEST_SUITE(HostServicesTest);
    CPPUNIT_TEST(declaredHostAndSecretAreServed);
    CPPUNIT_TEST(undeclaredHostIsDeniedAndAudited);
    CPPUNIT_TEST(undeclaredSecretIsDenied);
    CPPUNIT_TEST(declaredButUnsetSecretSaysSo);
    CPPUNIT_TEST(aShorterRequestTableIsServed);
    CPPUNIT_TEST(servicesAnswerAStatusInsteadOfThrowing);
    CPPUNIT_TEST_SUITE_END();

public:
    void setUp() override { setenv("SLUICE_SECRET_PROBE_TOKEN", "s3cret", 1); }
    void tearDown() override { unsetenv("SLUICE_SECRET_PROBE_TOKEN"); }

    void declaredHostAndSecretAreServed() {
        PongServer server;
        sluice::metrics::MetricsRegistry metrics;
        std::string url = "http://127.0.0.1:" + std::to_string(server.port()) + "/ping";
        CPPUNIT_ASSERT_EQUAL(std::string("202 pong s3cret"), probe(metrics, url, "PROBE_TOKEN"));
    }

    void undeclaredHostIsDeniedAndAudited() {
        PongServer server;
        sluice::metrics::MetricsRegistry metrics;
        std::string url = "http://localhost:" + std::to_string(server.port()) + "/ping";
        CPPUNIT_ASSERT_EQUAL(std::string("host service 'http' denied: host localhost is not in permissions.egress"),
                             probe(metrics, url, "PROBE_TOKEN"));
        CPPUNIT_ASSERT_EQUAL(int64_t(1), metrics.value("sluice_plugin_denied_calls_total",
                                                       R"(plugin="test/egress-probe",service="http")"));
    }

    void undeclaredSecretIsDenied() {
        PongServer server;
        sluice::metrics::MetricsRegistry metrics;
        std::string url = "http://127.0.0.1:" + std::to_string(server.port()) + "/ping";
        setenv("SLUICE_SECRET_DB_PASSWORD", "must-not-leak", 1);
        CPPUNIT_ASSERT_EQUAL(std::string("host service 'secret' denied: DB_PASSWORD is not in permissions.secrets"),
                             probe(metrics, url, "DB_PASSWORD"));
        unsetenv("SLUICE_SECRET_DB_PASSWORD");
    }

    void declaredButUnsetSecretSaysSo() {
        PongServer server;
        sluice::metrics::MetricsRegistry metrics;
        unsetenv("SLUICE_SECRET_PROBE_TOKEN");
        std::string url = "http://127.0.0.1:" + std::to_string(server.port()) + "/ping";
        CPPUNIT_ASSERT_EQUAL(std::string("the operator has not set SLUICE_SECRET_PROBE_TOKEN"),
                             probe(metrics, url, "PROBE_TOKEN"));
    }

    void aShorterRequestTableIsServed() {
        PongServer server;
        sluice::metrics::MetricsRegistry metrics;
        PluginManifest manifest;
        manifest.id = "test/shorter-request";
        manifest.hostServices = {"http"};
        manifest.egressHosts = {"127.0.0.1"};
        HostServices services(manifest, metrics);
        std::string url = "http://127.0.0.1:" + std::to_string(server.port()) + "/ping";
        sluice_http_request request{offsetof(sluice_http_request, timeout_ms), {"GET", 3}, {url.data(), url.size()},
                                    nullptr, 0, {"", 0}, 0};  // as if timeout_ms came in a later minor
        int32_t status = 0;
        StringWriter body, err;
        const sluice_host_api* api = services.api();
        sluice_status result = api->http_fetch(api->ctx, &request, &status, body.abi(), err.abi());
        CPPUNIT_ASSERT_EQUAL_MESSAGE(err.text(), SLUICE_OK, result);
        CPPUNIT_ASSERT_EQUAL(int32_t(202), status);
        CPPUNIT_ASSERT_EQUAL(std::string("pong"), body.text());
    }

    void servicesAnswerAStatusInsteadOfThrowing() {
        sluice::metrics::MetricsRegistry metrics;
        PluginManifest manifest;
        manifest.id = "test/huge-lengths";
        manifest.hostServices = {"log"};
        HostServices services(manifest, metrics);
        const sluice_host_api* api = services.api();
        size_t pastMaxSize = std::string().max_size() + 1;  // a std::string of it throws std::length_error
        CPPUNIT_ASSERT_NO_THROW(api->log(api->ctx, SLUICE_LOG_INFO, "x", pastMaxSize));
        StringWriter value, err;
        sluice_status status = SLUICE_OK;
        CPPUNIT_ASSERT_NO_THROW(status = api->secret_get(api->ctx, "X", pastMaxSize, value.abi(), err.abi()));
        CPPUNIT_ASSERT_EQUAL(SLUICE_ERR_INTERNAL, status);
        CPPUNIT_ASSERT_MESSAGE(err.text(), err.text().rfind("secret_get: ", 0) == 0);
    }
};

CPPUNIT_TEST_SUITE_REGISTRATION(HostServicesTest);
