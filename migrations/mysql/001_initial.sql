-- Channels, tokens, the usage log and kernel settings (MySQL / MariaDB).
CREATE TABLE channels (
  id BIGINT PRIMARY KEY AUTO_INCREMENT,
  name VARCHAR(191) NOT NULL UNIQUE,
  provider VARCHAR(191) NOT NULL,
  base_url TEXT NOT NULL,
  keys_json MEDIUMTEXT NOT NULL,
  models_json MEDIUMTEXT NOT NULL,
  model_map_json MEDIUMTEXT NOT NULL,
  priority BIGINT NOT NULL DEFAULT 0,
  weight BIGINT NOT NULL DEFAULT 1,
  groups_json TEXT NOT NULL,
  options_json MEDIUMTEXT NOT NULL,
  enabled BIGINT NOT NULL DEFAULT 1,
  updated_at BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE tokens (
  id BIGINT PRIMARY KEY AUTO_INCREMENT,
  name VARCHAR(191) NOT NULL UNIQUE,
  key_hash CHAR(64) NOT NULL UNIQUE,
  key_hint VARCHAR(64) NOT NULL DEFAULT '',
  models_json MEDIUMTEXT NOT NULL,
  quota BIGINT NULL,
  used_quota BIGINT NOT NULL DEFAULT 0,
  group_name VARCHAR(191) NOT NULL DEFAULT 'default',
  enabled BIGINT NOT NULL DEFAULT 1,
  expires_at BIGINT NULL,
  updated_at BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE usage_log (
  id BIGINT PRIMARY KEY AUTO_INCREMENT,
  request_id VARCHAR(64) NOT NULL,
  created_at BIGINT NOT NULL,
  token_id BIGINT NOT NULL,
  model VARCHAR(191) NOT NULL,
  upstream_model VARCHAR(191) NOT NULL DEFAULT '',
  channel_id BIGINT NOT NULL DEFAULT 0,
  status BIGINT NOT NULL,
  stream BIGINT NOT NULL DEFAULT 0,
  latency_ms BIGINT NOT NULL,
  first_byte_ms BIGINT NOT NULL DEFAULT -1,
  prompt_tokens BIGINT NOT NULL DEFAULT -1,
  completion_tokens BIGINT NOT NULL DEFAULT -1,
  total_tokens BIGINT NOT NULL DEFAULT -1,
  error TEXT NOT NULL,
  INDEX usage_log_token_time (token_id, created_at),
  INDEX usage_log_time (created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE settings (
  name VARCHAR(191) PRIMARY KEY,
  value TEXT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
INSERT INTO settings (name, value) VALUES ('config_version', '1');
