-- Email verification before posting (issue 14, item 10). Accounts that exist already count as
-- verified; a new account registered from outside while mail is on confirms its address first.
ALTER TABLE account ADD COLUMN email_verified_at TIMESTAMP WITH TIME ZONE;
UPDATE account SET email_verified_at = created_at;

CREATE TABLE email_verification (
  digest     VARCHAR(64) PRIMARY KEY,
  account_id BIGINT NOT NULL REFERENCES account (id),
  email      VARCHAR(254) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX email_verification_account ON email_verification (account_id, created_at);
