#include "packages/PackageSignature.h"

#include "util/JsonText.h"

#include <sluice/json.hpp>

#include <Poco/Base64Decoder.h>
#include <Poco/Base64Encoder.h>
#include <Poco/Exception.h>
#include <rapidjson/document.h>

#include <sstream>
#include <stdexcept>

namespace sluice::packages {

namespace {

constexpr size_t kSignatureBytes = 64;
constexpr size_t kKeyIdLength = 16;

[[noreturn]] void fail(const std::string& problem) {
    throw std::invalid_argument(std::string(PackageSignature::kFileName) + ": " + problem);
}

std::string stringField(const rapidjson::Document& doc, const char* name) {
    auto it = doc.FindMember(name);
    if (it == doc.MemberEnd() || !it->value.IsString()) fail(std::string("\"") + name + "\" must be a string");
    return std::string(it->value.GetString(), it->value.GetStringLength());
}

std::string base64(const std::string& bytes) {
    std::ostringstream out;
    Poco::Base64Encoder encoder(out);
    encoder.rdbuf()->setLineLength(0);
    encoder << bytes;
    encoder.close();
    return out.str();
}

std::string unbase64(const std::string& text) {
    try {
        std::istringstream in(text);
        Poco::Base64Decoder decoder(in);
        return std::string(std::istreambuf_iterator<char>(decoder), std::istreambuf_iterator<char>());
    } catch (const Poco::Exception&) {
        fail("\"signature\" is not base64");
    }
}

}  // namespace

PackageSignature PackageSignature::create(const SigningKey& key, std::string_view filesSha256) {
    return PackageSignature(key.publicKey().keyId(), key.sign(filesSha256));
}

PackageSignature PackageSignature::parse(std::string_view json) {
    rapidjson::Document doc;
    if (!json::parse(doc, json).ok() || !doc.IsObject()) fail("not a JSON object");
    std::string algorithm = stringField(doc, "algorithm");
    if (algorithm != "ed25519") fail("algorithm '" + algorithm + "' is not supported (only ed25519)");
    std::string keyId = stringField(doc, "key_id");
    if (keyId.size() != kKeyIdLength || keyId.find_first_not_of("0123456789abcdef") != std::string::npos)
        fail("\"key_id\" must be 16 lower-case hex digits");
    std::string signature = unbase64(stringField(doc, "signature"));
    if (signature.size() != kSignatureBytes) fail("\"signature\" must be 64 bytes in base64");
    return PackageSignature(std::move(keyId), std::move(signature));
}

std::string PackageSignature::json() const {
    return "{\"algorithm\":\"ed25519\",\"key_id\":" + util::jsonQuote(keyId_) + ",\"signature\":" +
           util::jsonQuote(base64(signature_)) + "}\n";
}

bool PackageSignature::matches(const PublicKey& key, std::string_view filesSha256) const {
    return key.keyId() == keyId_ && key.verify(filesSha256, signature_);
}

}  // namespace sluice::packages
