-- Whether the operator runs a provider plugin out of process, in a `sluice plugin-runner` child (MySQL/MariaDB).
ALTER TABLE plugin_settings ADD COLUMN isolated BIGINT NOT NULL DEFAULT 0;
