// An OpenAI-compatible provider that stamps its own version into every body and
// stream event (as system_fingerprint), built twice — 1.0.0 and 2.0.0 — so the
// hot-upgrade test can tell which instance served each request.
#include <sluice/openai_compatible.hpp>
#include <sluice/plugin.hpp>

#ifndef UPGRADABLE_VERSION
#error "build with -DUPGRADABLE_VERSION=\"x.y.z\""
#endif

namespace {

const std::string kObject = R"("object":"chat.completion)";

std::string stamped(std::string_view text) {
    std::string out(text);
    size_t at = out.find(kObject);
    if (at != std::string::npos)
        out.insert(at, std::string(R"("system_fingerprint":"upgradable-)") + UPGRADABLE_VERSION + R"(",)");
    return out;
}

/** Stamps each event the wrapped translator writes before it reaches the host. */
class StampingStream : public sluice::StreamTranslator {
public:
    explicit StampingStream(std::unique_ptr<sluice::StreamTranslator> inner) : inner_(std::move(inner)) {}

    void feed(std::string_view bytes, const sluice::Sink& out) override {
        Relay relay(out);
        inner_->feed(bytes, relay.sink());
    }

    sluice::Usage finish(const sluice::Sink& out) override {
        Relay relay(out);
        return inner_->finish(relay.sink());
    }

private:
    class Relay {
    public:
        explicit Relay(const sluice::Sink& out) : out_(out), writer_{this, &Relay::write} {}
        sluice::Sink sink() { return sluice::Sink(&writer_); }

    private:
        static sluice_status write(void* ctx, const char* data, size_t size) {
            try {
                static_cast<Relay*>(ctx)->out_.write(stamped(std::string_view(data, size)));
                return SLUICE_OK;
            } catch (const sluice::Cancelled&) {
                return SLUICE_ERR_CANCELLED;
            }
        }

        const sluice::Sink& out_;
        sluice_writer writer_;
    };

    std::unique_ptr<sluice::StreamTranslator> inner_;
};

class Upgradable : public sluice::openai::CompatibleAdapter {
public:
    Upgradable(const sluice::Host&, std::string_view) {}

    sluice::UpstreamRequest buildRequest(const sluice::ProviderCall& call) override {
        sluice::UpstreamRequest request;
        request.url = std::string(call.baseUrl) + "/chat/completions";
        request.headers.emplace_back("Authorization", "Bearer " + std::string(call.apiKey));
        request.headers.emplace_back("Content-Type", "application/json");
        request.body = std::string(call.requestBody);
        return request;
    }

    std::string translateResponse(const sluice::ProviderCall& call, std::string_view body, sluice::Usage& usage) override {
        return stamped(CompatibleAdapter::translateResponse(call, body, usage));
    }

    std::unique_ptr<sluice::StreamTranslator> newStream(const sluice::ProviderCall& call) override {
        return std::make_unique<StampingStream>(CompatibleAdapter::newStream(call));
    }
};

}  // namespace

SLUICE_PROVIDER_PLUGIN(Upgradable, "test/upgradable", UPGRADABLE_VERSION, nullptr)
