-- The operator's instance config per plugin (sluice plugin configure), validated against its config_schema (SQLite).
ALTER TABLE plugin_settings ADD COLUMN config_json TEXT NULL;
