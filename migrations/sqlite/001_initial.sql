-- Channels, tokens, the usage log and kernel settings (SQLite).
CREATE TABLE channels (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  provider TEXT NOT NULL,
  base_url TEXT NOT NULL DEFAULT '',
  keys_json TEXT NOT NULL DEFAULT '[]',
  models_json TEXT NOT NULL DEFAULT '[]',
  model_map_json TEXT NOT NULL DEFAULT '{}',
  priority BIGINT NOT NULL DEFAULT 0,
  weight BIGINT NOT NULL DEFAULT 1,
  groups_json TEXT NOT NULL DEFAULT '["default"]',
  options_json TEXT NOT NULL DEFAULT '{}',
  enabled BIGINT NOT NULL DEFAULT 1,
  updated_at BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE tokens (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  key_hash TEXT NOT NULL UNIQUE,
  key_hint TEXT NOT NULL DEFAULT '',
  models_json TEXT NOT NULL DEFAULT '["*"]',
  quota BIGINT NULL,
  used_quota BIGINT NOT NULL DEFAULT 0,
  group_name TEXT NOT NULL DEFAULT 'default',
  enabled BIGINT NOT NULL DEFAULT 1,
  expires_at BIGINT NULL,
  updated_at BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE usage_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  request_id TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  token_id BIGINT NOT NULL,
  model TEXT NOT NULL,
  upstream_model TEXT NOT NULL DEFAULT '',
  channel_id BIGINT NOT NULL DEFAULT 0,
  status BIGINT NOT NULL,
  stream BIGINT NOT NULL DEFAULT 0,
  latency_ms BIGINT NOT NULL,
  first_byte_ms BIGINT NOT NULL DEFAULT -1,
  prompt_tokens BIGINT NOT NULL DEFAULT -1,
  completion_tokens BIGINT NOT NULL DEFAULT -1,
  total_tokens BIGINT NOT NULL DEFAULT -1,
  error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX usage_log_token_time ON usage_log (token_id, created_at);
CREATE INDEX usage_log_time ON usage_log (created_at);

CREATE TABLE settings (
  name TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT INTO settings (name, value) VALUES ('config_version', '1');
