-- The security audit log (issue 14, item 10; ASVS 7.2): sign-ins and their failures, role and
-- password changes, and administrators' changes of settings. No password and no attempted
-- username of an unknown account is ever written.
INSERT INTO id_block (name, next_value) VALUES ('security_event', 0);

CREATE TABLE security_event (
  id         BIGINT PRIMARY KEY,
  at         TIMESTAMP WITH TIME ZONE NOT NULL,
  kind       VARCHAR(32) NOT NULL,
  actor      VARCHAR(40),
  subject    VARCHAR(40),
  address    VARCHAR(64),
  detail     VARCHAR(300)
);
CREATE INDEX security_event_at ON security_event (at);
CREATE INDEX security_event_subject ON security_event (subject, at);
