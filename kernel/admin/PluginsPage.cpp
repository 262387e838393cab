#include "admin/PluginsPage.h"

#include "admin/EmbeddedTemplates.h"

#include <sluice/abi.h>

#include <ctemplate/template.h>

#include <mutex>
#include <stdexcept>

namespace sluice::admin {

namespace {

const char* kTemplate = "plugins.tpl";

void loadTemplatesOnce() {
    static std::once_flag once;
    std::call_once(once, [] {
        for (const auto& [name, text] : embeddedTemplates())
            if (!ctemplate::StringToTemplateCache(std::string(name), std::string(text), ctemplate::DO_NOT_STRIP))
                throw std::runtime_error("admin template " + std::string(name) + " does not parse");
    });
}

void addActions(ctemplate::TemplateDictionary& row, const plugins::PluginRecord& record) {
    const bool enabled = record.enabled;
    if (record.id.empty()) return;
    ctemplate::TemplateDictionary* actions = row.AddSectionDictionary("ACTIONS");
    actions->SetValue("ID", record.id);
    actions->SetValue("ENABLE", enabled ? "false" : "true");
    actions->SetValue("SWITCH_LABEL", enabled ? "Disable / 停用" : "Enable / 启用");
    actions->SetValue("CONFIG", record.config.empty() ? "{}" : record.config);
}

}  // namespace

std::string pluginsScript() {
    for (const auto& [name, text] : embeddedTemplates())
        if (name == "plugins.js.tpl") return std::string(text);
    throw std::runtime_error("admin script plugins.js.tpl is not embedded");
}

std::string renderPluginsPage(const std::vector<plugins::PluginRecord>& records, const std::string& warning) {
    loadTemplatesOnce();
    ctemplate::TemplateDictionary page("plugins");
    int loaded = 0;
    for (const auto& record : records) {
        ctemplate::TemplateDictionary* row = page.AddSectionDictionary("PLUGIN");
        row->SetValue("ID", record.id.empty() ? "(unreadable manifest)" : record.id);
        row->SetValue("DIRECTORY", record.directory);
        row->SetValue("KIND", record.kind);
        row->SetValue("VERSION", record.version);
        row->SetValue("ORIGIN", record.origin);
        if (record.loaded) {
            row->ShowSection("LOADED");
            ++loaded;
        } else {
            row->AddSectionDictionary("REFUSED")->SetValue("REASON", record.reason);
        }
        if (!record.enabled) row->ShowSection("DISABLED");
        addActions(*row, record);
    }
    if (!warning.empty()) page.AddSectionDictionary("WARNING")->SetValue("TEXT", warning);
    page.SetIntValue("LOADED_COUNT", loaded);
    page.SetIntValue("REFUSED_COUNT", static_cast<long>(records.size()) - loaded);
    page.SetValue("ABI_VERSION", std::to_string(SLUICE_ABI_MAJOR) + "." + std::to_string(SLUICE_ABI_MINOR));
    std::string html;
    ctemplate::ExpandTemplate(kTemplate, ctemplate::DO_NOT_STRIP, &page, &html);
    return html;
}

}  // namespace sluice::admin
