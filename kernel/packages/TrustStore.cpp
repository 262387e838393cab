#include "packages/TrustStore.h"

#include "util/Files.h"

#include <filesystem>
#include <stdexcept>

namespace sluice::packages {

namespace fs = std::filesystem;

TrustStore TrustStore::load(const std::string& directory) {
    TrustStore store(directory);
    std::error_code error;
    if (!fs::exists(directory, error)) return store;
    for (const auto& entry : fs::directory_iterator(directory)) {
        if (entry.path().extension() != ".pub") continue;
        std::string file = entry.path().string();
        try {
            PublicKey key = PublicKey::fromPem(util::readFile(file));
            store.keys_.emplace(key.keyId(), key);
        } catch (const std::invalid_argument& e) {
            throw std::invalid_argument("trust store key " + file + ": " + e.what());
        }
    }
    return store;
}

std::string TrustStore::add(const std::string& directory, const PublicKey& key) {
    util::createPrivateDirectories(directory);
    std::string keyId = key.keyId();
    util::replaceFile((fs::path(directory) / (keyId + ".pub")).string(), key.pem());
    return keyId;
}

const PublicKey* TrustStore::find(const std::string& keyId) const {
    auto it = keys_.find(keyId);
    return it == keys_.end() ? nullptr : &it->second;
}

}  // namespace sluice::packages
