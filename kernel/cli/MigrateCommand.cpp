#include "cli/MigrateCommand.h"

#include "cli/CommandLine.h"
#include "cli/CommandSupport.h"
#include "store/Migrator.h"

namespace sluice::cli {

std::vector<FlagSpec> MigrateCommand::flags() const { return configFlags(); }

int MigrateCommand::run(const Arguments& args, std::ostream& out) {
    config::Settings settings = settingsFrom(args);
    store::Database database(settings.effectiveDbUrl(), 1);
    store::Migrator migrator(database, store::embeddedMigrations());
    int applied = migrator.migrate();
    out << "applied " << applied << " migration(s); " << database.description() << " is at schema version "
        << migrator.currentVersion() << "\n";
    return 0;
}

}  // namespace sluice::cli
