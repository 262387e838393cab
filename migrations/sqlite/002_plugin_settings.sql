-- Operator switches per plugin (enable/disable at run time, no restart) (SQLite).
CREATE TABLE plugin_settings (
  plugin_id TEXT PRIMARY KEY,
  enabled BIGINT NOT NULL DEFAULT 1,
  updated_at BIGINT NOT NULL DEFAULT 0
);
