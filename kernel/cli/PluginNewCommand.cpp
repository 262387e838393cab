#include "cli/PluginNewCommand.h"

#include "cli/ScaffoldTemplates.h"
#include "plugins/PluginManifest.h"

#include <Poco/File.h>
#include <Poco/Path.h>

#include <cctype>
#include <fstream>
#include <map>
#include <stdexcept>

namespace sluice::cli {

namespace {

/** "acme-chat" -> "AcmeChatAdapter". */
std::string className(const std::string& name) {
    std::string out;
    bool upper = true;
    for (char c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c))) {
            upper = true;
            continue;
        }
        out.push_back(upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c);
        upper = false;
    }
    if (out.empty() || std::isdigit(static_cast<unsigned char>(out.front()))) out.insert(0, "Plugin");
    return out + "Adapter";
}

std::string fill(std::string_view text, const std::map<std::string, std::string>& values) {
    std::string out(text);
    for (const auto& [key, value] : values)
        for (size_t at = out.find(key); at != std::string::npos; at = out.find(key, at + value.size()))
            out.replace(at, key.size(), value);
    return out;
}

void requireEmptyDirectory(const std::string& dir) {
    Poco::File folder(dir);
    if (!folder.exists()) return;
    std::vector<std::string> entries;
    folder.list(entries);
    if (!entries.empty()) throw std::invalid_argument(dir + " exists and is not empty");
}

}  // namespace

std::vector<FlagSpec> PluginNewCommand::flags() const {
    return {{"kind", "KIND", "plugin kind (provider)"},
            {"id", "PUBLISHER/NAME", "plugin id, e.g. acme/acme-chat (required)"},
            {"dir", "DIR", "where to create the project (default: NAME)"}};
}

int PluginNewCommand::run(const Arguments& args, std::ostream& out) {
    std::string kind = args.get("kind", "provider");
    if (kind != "provider") throw std::invalid_argument("--kind: only 'provider' projects can be scaffolded so far");
    std::string id = args.get("id");
    if (!plugins::isValidPluginId(id)) throw std::invalid_argument("--id must look like publisher/name in lower case");
    std::string name = id.substr(id.find('/') + 1);
    std::string dir = args.get("dir", name);
    requireEmptyDirectory(dir);
    const std::map<std::string, std::string> values = {
        {"{{ID}}", id}, {"{{TARGET}}", name}, {"{{PROVIDER}}", name}, {"{{CLASS}}", className(name)}};
    for (const auto& [path, text] : providerTemplate()) {
        Poco::Path file(dir);
        file.append(Poco::Path(fill(path, values)));
        Poco::File(file.parent()).createDirectories();
        std::ofstream(file.toString(), std::ios::binary) << fill(text, values);
    }
    out << "created " << id << " in " << dir << "\n"
        << "build and test it against an installed SDK:\n"
        << "  cmake -S " << dir << " -B " << dir << "/build -DCMAKE_PREFIX_PATH=<sdk prefix>\n"
        << "  cmake --build " << dir << "/build && ctest --test-dir " << dir << "/build\n";
    return 0;
}

}  // namespace sluice::cli
