-- Accounts and their roles. Written for H2 and PostgreSQL alike.
-- Identifiers come in blocks of 50 from id_block (JPA table generation): EclipseLink 4.0.7
-- rejects H2 2.x sequences, and a table works the same on both databases.
CREATE TABLE id_block (
  name       VARCHAR(40) PRIMARY KEY,
  next_value BIGINT NOT NULL
);
INSERT INTO id_block (name, next_value) VALUES ('account', 0);

CREATE TABLE account (
  id            BIGINT PRIMARY KEY,
  username      VARCHAR(40)  NOT NULL,
  username_key  VARCHAR(40)  NOT NULL,
  email         VARCHAR(254) NOT NULL,
  email_key     VARCHAR(254) NOT NULL,
  display_name  VARCHAR(120) NOT NULL,
  password_hash VARCHAR(400) NOT NULL,
  locale        VARCHAR(8)   NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  last_login_at TIMESTAMP WITH TIME ZONE,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until  TIMESTAMP WITH TIME ZONE,
  version       BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT account_username_uk UNIQUE (username_key),
  CONSTRAINT account_email_uk UNIQUE (email_key)
);

CREATE TABLE account_role (
  account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  role       VARCHAR(20) NOT NULL,
  PRIMARY KEY (account_id, role)
);
