-- Sign-in hardening (issue 14): the lock becomes a delay the owner's own browser and address skip,
-- and a counter of changes (password, roles, "sign out everywhere") ends open sessions.
ALTER TABLE account ADD COLUMN session_epoch BIGINT NOT NULL DEFAULT 0;
ALTER TABLE account ADD COLUMN device_token VARCHAR(64);
ALTER TABLE account ADD COLUMN known_address VARCHAR(64);
