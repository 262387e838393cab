-- Operator switches per plugin (enable/disable at run time, no restart) (MySQL / MariaDB).
CREATE TABLE plugin_settings (
  plugin_id VARCHAR(191) PRIMARY KEY,
  enabled BIGINT NOT NULL DEFAULT 1,
  updated_at BIGINT NOT NULL DEFAULT 0
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
