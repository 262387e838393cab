-- SQLite's 005 drops AUTOINCREMENT from usage_log. MySQL's AUTO_INCREMENT has no
-- such per-insert cost, so nothing changes here; the version keeps both dialects in step.
SELECT 1;
