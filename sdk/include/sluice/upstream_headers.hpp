// Extra upstream headers from a plugin's config or a channel's options, checked the same way everywhere.
#pragma once

#include <sluice/types.hpp>

#include <rapidjson/document.h>

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sluice {

/** Header name/value pairs a provider sends upstream. */
using HeaderList = std::vector<std::pair<std::string, std::string>>;

/**
 * Reads a "headers" object of strings, as operators write it in a config or
 * channel options, refusing the headers the provider sets itself (its auth
 * header, Content-Type, Host and the framing ones), compared without case.
 * what names the object in errors ("config", "channel options"). Throws
 * PluginError naming the bad member.
 */
inline HeaderList readExtraHeaders(const rapidjson::Value& headers, const char* what,
                                   std::initializer_list<std::string_view> providerOwned) {
    auto bad = [&](const std::string& problem) {
        return PluginError(SLUICE_ERR_INVALID_INPUT, std::string(what) + ".headers" + problem);
    };
    if (!headers.IsObject()) throw bad(" must be an object of strings");
    auto lower = [](std::string text) {
        for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        return text;
    };
    HeaderList out;
    for (const auto& header : headers.GetObject()) {
        const std::string name = header.name.GetString();
        if (!header.value.IsString()) throw bad("." + name + " must be a string");
        const std::string key = lower(name);
        const bool owned = std::any_of(providerOwned.begin(), providerOwned.end(), [&](std::string_view n) { return key == n; });
        if (owned || key == "content-type" || key == "content-length" || key == "host" || key == "transfer-encoding" ||
            key == "connection")
            throw bad(" may not set " + name);
        out.emplace_back(name, header.value.GetString());
    }
    return out;
}

}  // namespace sluice
