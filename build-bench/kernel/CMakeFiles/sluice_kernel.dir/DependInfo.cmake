
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/build-bench/kernel/EmbeddedMigrations.cpp" "kernel/CMakeFiles/sluice_kernel.dir/EmbeddedMigrations.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/EmbeddedMigrations.cpp.o.d"
  "/work/main/build-bench/kernel/EmbeddedTemplates.cpp" "kernel/CMakeFiles/sluice_kernel.dir/EmbeddedTemplates.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/EmbeddedTemplates.cpp.o.d"
  "/work/main/kernel/admin/AdminEndpoints.cpp" "kernel/CMakeFiles/sluice_kernel.dir/admin/AdminEndpoints.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/admin/AdminEndpoints.cpp.o.d"
  "/work/main/kernel/admin/PluginsPage.cpp" "kernel/CMakeFiles/sluice_kernel.dir/admin/PluginsPage.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/admin/PluginsPage.cpp.o.d"
  "/work/main/kernel/app/Gateway.cpp" "kernel/CMakeFiles/sluice_kernel.dir/app/Gateway.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/app/Gateway.cpp.o.d"
  "/work/main/kernel/catalog/Catalog.cpp" "kernel/CMakeFiles/sluice_kernel.dir/catalog/Catalog.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/catalog/Catalog.cpp.o.d"
  "/work/main/kernel/catalog/CatalogService.cpp" "kernel/CMakeFiles/sluice_kernel.dir/catalog/CatalogService.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/catalog/CatalogService.cpp.o.d"
  "/work/main/kernel/catalog/Channel.cpp" "kernel/CMakeFiles/sluice_kernel.dir/catalog/Channel.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/catalog/Channel.cpp.o.d"
  "/work/main/kernel/catalog/Token.cpp" "kernel/CMakeFiles/sluice_kernel.dir/catalog/Token.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/catalog/Token.cpp.o.d"
  "/work/main/kernel/cli/ApplyCommand.cpp" "kernel/CMakeFiles/sluice_kernel.dir/cli/ApplyCommand.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/cli/ApplyCommand.cpp.o.d"
  "/work/main/kernel/cli/CommandLine.cpp" "kernel/CMakeFiles/sluice_kernel.dir/cli/CommandLine.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/cli/CommandLine.cpp.o.d"
  "/work/main/kernel/cli/CommandSupport.cpp" "kernel/CMakeFiles/sluice_kernel.dir/cli/CommandSupport.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/cli/CommandSupport.cpp.o.d"
  "/work/main/kernel/cli/MigrateCommand.cpp" "kernel/CMakeFiles/sluice_kernel.dir/cli/MigrateCommand.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/cli/MigrateCommand.cpp.o.d"
  "/work/main/kernel/cli/PluginListCommand.cpp" "kernel/CMakeFiles/sluice_kernel.dir/cli/PluginListCommand.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/cli/PluginListCommand.cpp.o.d"
  "/work/main/kernel/cli/ServeCommand.cpp" "kernel/CMakeFiles/sluice_kernel.dir/cli/ServeCommand.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/cli/ServeCommand.cpp.o.d"
  "/work/main/kernel/cli/TokenCreateCommand.cpp" "kernel/CMakeFiles/sluice_kernel.dir/cli/TokenCreateCommand.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/cli/TokenCreateCommand.cpp.o.d"
  "/work/main/kernel/cli/VersionCommand.cpp" "kernel/CMakeFiles/sluice_kernel.dir/cli/VersionCommand.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/cli/VersionCommand.cpp.o.d"
  "/work/main/kernel/config/ConfigLoader.cpp" "kernel/CMakeFiles/sluice_kernel.dir/config/ConfigLoader.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/config/ConfigLoader.cpp.o.d"
  "/work/main/kernel/config/SettingKeys.cpp" "kernel/CMakeFiles/sluice_kernel.dir/config/SettingKeys.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/config/SettingKeys.cpp.o.d"
  "/work/main/kernel/config/Settings.cpp" "kernel/CMakeFiles/sluice_kernel.dir/config/Settings.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/config/Settings.cpp.o.d"
  "/work/main/kernel/http/ApiError.cpp" "kernel/CMakeFiles/sluice_kernel.dir/http/ApiError.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/http/ApiError.cpp.o.d"
  "/work/main/kernel/http/RequestContext.cpp" "kernel/CMakeFiles/sluice_kernel.dir/http/RequestContext.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/http/RequestContext.cpp.o.d"
  "/work/main/kernel/http/Router.cpp" "kernel/CMakeFiles/sluice_kernel.dir/http/Router.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/http/Router.cpp.o.d"
  "/work/main/kernel/pipeline/Authenticator.cpp" "kernel/CMakeFiles/sluice_kernel.dir/pipeline/Authenticator.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/pipeline/Authenticator.cpp.o.d"
  "/work/main/kernel/pipeline/ChatExchange.cpp" "kernel/CMakeFiles/sluice_kernel.dir/pipeline/ChatExchange.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/pipeline/ChatExchange.cpp.o.d"
  "/work/main/kernel/pipeline/ChatPipeline.cpp" "kernel/CMakeFiles/sluice_kernel.dir/pipeline/ChatPipeline.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/pipeline/ChatPipeline.cpp.o.d"
  "/work/main/kernel/pipeline/ChatRequest.cpp" "kernel/CMakeFiles/sluice_kernel.dir/pipeline/ChatRequest.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/pipeline/ChatRequest.cpp.o.d"
  "/work/main/kernel/pipeline/LocalProviderCall.cpp" "kernel/CMakeFiles/sluice_kernel.dir/pipeline/LocalProviderCall.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/pipeline/LocalProviderCall.cpp.o.d"
  "/work/main/kernel/pipeline/ModelsEndpoint.cpp" "kernel/CMakeFiles/sluice_kernel.dir/pipeline/ModelsEndpoint.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/pipeline/ModelsEndpoint.cpp.o.d"
  "/work/main/kernel/pipeline/UpstreamClients.cpp" "kernel/CMakeFiles/sluice_kernel.dir/pipeline/UpstreamClients.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/pipeline/UpstreamClients.cpp.o.d"
  "/work/main/kernel/plugins/AuthPlugin.cpp" "kernel/CMakeFiles/sluice_kernel.dir/plugins/AuthPlugin.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/plugins/AuthPlugin.cpp.o.d"
  "/work/main/kernel/plugins/ElfExports.cpp" "kernel/CMakeFiles/sluice_kernel.dir/plugins/ElfExports.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/plugins/ElfExports.cpp.o.d"
  "/work/main/kernel/plugins/HostServices.cpp" "kernel/CMakeFiles/sluice_kernel.dir/plugins/HostServices.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/plugins/HostServices.cpp.o.d"
  "/work/main/kernel/plugins/PluginHost.cpp" "kernel/CMakeFiles/sluice_kernel.dir/plugins/PluginHost.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/plugins/PluginHost.cpp.o.d"
  "/work/main/kernel/plugins/PluginManifest.cpp" "kernel/CMakeFiles/sluice_kernel.dir/plugins/PluginManifest.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/plugins/PluginManifest.cpp.o.d"
  "/work/main/kernel/plugins/PluginRecord.cpp" "kernel/CMakeFiles/sluice_kernel.dir/plugins/PluginRecord.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/plugins/PluginRecord.cpp.o.d"
  "/work/main/kernel/plugins/ProviderPlugin.cpp" "kernel/CMakeFiles/sluice_kernel.dir/plugins/ProviderPlugin.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/plugins/ProviderPlugin.cpp.o.d"
  "/work/main/kernel/provisioning/Provisioner.cpp" "kernel/CMakeFiles/sluice_kernel.dir/provisioning/Provisioner.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/provisioning/Provisioner.cpp.o.d"
  "/work/main/kernel/provisioning/ProvisioningPlan.cpp" "kernel/CMakeFiles/sluice_kernel.dir/provisioning/ProvisioningPlan.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/provisioning/ProvisioningPlan.cpp.o.d"
  "/work/main/kernel/routing/ChannelSelector.cpp" "kernel/CMakeFiles/sluice_kernel.dir/routing/ChannelSelector.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/routing/ChannelSelector.cpp.o.d"
  "/work/main/kernel/store/ChannelStore.cpp" "kernel/CMakeFiles/sluice_kernel.dir/store/ChannelStore.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/store/ChannelStore.cpp.o.d"
  "/work/main/kernel/store/ConfigVersion.cpp" "kernel/CMakeFiles/sluice_kernel.dir/store/ConfigVersion.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/store/ConfigVersion.cpp.o.d"
  "/work/main/kernel/store/Database.cpp" "kernel/CMakeFiles/sluice_kernel.dir/store/Database.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/store/Database.cpp.o.d"
  "/work/main/kernel/store/Migrator.cpp" "kernel/CMakeFiles/sluice_kernel.dir/store/Migrator.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/store/Migrator.cpp.o.d"
  "/work/main/kernel/store/NamedRows.cpp" "kernel/CMakeFiles/sluice_kernel.dir/store/NamedRows.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/store/NamedRows.cpp.o.d"
  "/work/main/kernel/store/TokenStore.cpp" "kernel/CMakeFiles/sluice_kernel.dir/store/TokenStore.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/store/TokenStore.cpp.o.d"
  "/work/main/kernel/store/WriteTransaction.cpp" "kernel/CMakeFiles/sluice_kernel.dir/store/WriteTransaction.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/store/WriteTransaction.cpp.o.d"
  "/work/main/kernel/usage/UsageWriter.cpp" "kernel/CMakeFiles/sluice_kernel.dir/usage/UsageWriter.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/usage/UsageWriter.cpp.o.d"
  "/work/main/kernel/util/JsonText.cpp" "kernel/CMakeFiles/sluice_kernel.dir/util/JsonText.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/util/JsonText.cpp.o.d"
  "/work/main/kernel/util/Secrets.cpp" "kernel/CMakeFiles/sluice_kernel.dir/util/Secrets.cpp.o" "gcc" "kernel/CMakeFiles/sluice_kernel.dir/util/Secrets.cpp.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build-bench/kernel/net/CMakeFiles/sluice_net.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
