-- Password reset by email (issue 14, item 10): a single-use token, stored only as its digest,
-- valid for 30 minutes.
CREATE TABLE password_reset (
  digest     VARCHAR(64) PRIMARY KEY,
  account_id BIGINT NOT NULL REFERENCES account (id),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX password_reset_account ON password_reset (account_id, created_at);
