-- The operator's instance config per plugin (sluice plugin configure), validated against its config_schema (MySQL/MariaDB).
ALTER TABLE plugin_settings ADD COLUMN config_json MEDIUMTEXT NULL;
