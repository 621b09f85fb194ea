-- Community Q&A: posts (questions and answers), their revisions, comments, votes and flags;
-- the reputation ledger and badges; notifications and thread follows; the moderators' audit log.
INSERT INTO id_block (name, next_value) VALUES ('post', 0);
INSERT INTO id_block (name, next_value) VALUES ('post_revision', 0);
INSERT INTO id_block (name, next_value) VALUES ('post_comment', 0);
INSERT INTO id_block (name, next_value) VALUES ('post_vote', 0);
INSERT INTO id_block (name, next_value) VALUES ('post_flag', 0);
INSERT INTO id_block (name, next_value) VALUES ('ledger', 0);
INSERT INTO id_block (name, next_value) VALUES ('badge_award', 0);
INSERT INTO id_block (name, next_value) VALUES ('notification', 0);
INSERT INTO id_block (name, next_value) VALUES ('mod_audit', 0);
INSERT INTO id_block (name, next_value) VALUES ('suggestion_open', 0);

-- The sum of the account's ledger, kept in the same transaction as each ledger row.
ALTER TABLE account ADD COLUMN reputation INTEGER NOT NULL DEFAULT 0;

CREATE TABLE post (
  id                 BIGINT PRIMARY KEY,
  kind               VARCHAR(10)  NOT NULL,
  question_id        BIGINT REFERENCES post (id),
  author_id          BIGINT       NOT NULL REFERENCES account (id),
  author             VARCHAR(40)  NOT NULL,
  title              VARCHAR(200),
  markdown           TEXT         NOT NULL,
  html               TEXT         NOT NULL,
  locale             VARCHAR(8)   NOT NULL,
  score              INTEGER      NOT NULL DEFAULT 0,
  answer_count       INTEGER      NOT NULL DEFAULT 0,
  accepted_answer_id BIGINT,
  official           BOOLEAN      NOT NULL DEFAULT FALSE,
  closed_reason      VARCHAR(20),
  duplicate_of       VARCHAR(300),
  locked             BOOLEAN      NOT NULL DEFAULT FALSE,
  deleted            BOOLEAN      NOT NULL DEFAULT FALSE,
  hidden             BOOLEAN      NOT NULL DEFAULT FALSE,
  views              INTEGER      NOT NULL DEFAULT 0,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  edited_at          TIMESTAMP WITH TIME ZONE,
  activity_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  version            BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX post_question_ix ON post (question_id);
CREATE INDEX post_list_ix ON post (kind, deleted, activity_at);
CREATE INDEX post_author_ix ON post (author_id, created_at);

CREATE TABLE post_tag (
  post_id BIGINT      NOT NULL REFERENCES post (id) ON DELETE CASCADE,
  tag     VARCHAR(40) NOT NULL,
  PRIMARY KEY (post_id, tag)
);
CREATE INDEX post_tag_ix ON post_tag (tag);

CREATE TABLE post_revision (
  id         BIGINT PRIMARY KEY,
  post_id    BIGINT       NOT NULL REFERENCES post (id) ON DELETE CASCADE,
  rev_number INTEGER      NOT NULL,
  editor     VARCHAR(40)  NOT NULL,
  title      VARCHAR(200),
  markdown   TEXT         NOT NULL,
  tags       VARCHAR(300) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT post_revision_uk UNIQUE (post_id, rev_number)
);

CREATE TABLE post_comment (
  id         BIGINT PRIMARY KEY,
  post_id    BIGINT        NOT NULL REFERENCES post (id) ON DELETE CASCADE,
  author_id  BIGINT        NOT NULL REFERENCES account (id),
  author     VARCHAR(40)   NOT NULL,
  body       VARCHAR(600)  NOT NULL,
  deleted    BOOLEAN       NOT NULL DEFAULT FALSE,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX post_comment_ix ON post_comment (post_id);

CREATE TABLE post_vote (
  id         BIGINT PRIMARY KEY,
  post_id    BIGINT   NOT NULL REFERENCES post (id) ON DELETE CASCADE,
  voter_id   BIGINT   NOT NULL REFERENCES account (id),
  direction  SMALLINT NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT post_vote_uk UNIQUE (post_id, voter_id)
);

CREATE TABLE post_flag (
  id          BIGINT PRIMARY KEY,
  post_id     BIGINT       NOT NULL REFERENCES post (id) ON DELETE CASCADE,
  flagger_id  BIGINT       NOT NULL,
  flagger     VARCHAR(40)  NOT NULL,
  reason      VARCHAR(20)  NOT NULL,
  detail      VARCHAR(300),
  status      VARCHAR(12)  NOT NULL,
  reviewed_by VARCHAR(40),
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT post_flag_uk UNIQUE (post_id, flagger_id)
);
CREATE INDEX post_flag_status_ix ON post_flag (status, post_id);

-- Append-only: a withdrawn vote or deleted post appends a row with the opposite points that
-- names the row it reverses.
CREATE TABLE reputation_ledger (
  id         BIGINT PRIMARY KEY,
  account_id BIGINT      NOT NULL REFERENCES account (id),
  event      VARCHAR(24) NOT NULL,
  points     INTEGER     NOT NULL,
  post_id    BIGINT,
  actor_id   BIGINT,
  reverses   BIGINT REFERENCES reputation_ledger (id),
  reversed   BOOLEAN     NOT NULL DEFAULT FALSE,
  on_day     DATE        NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  note       VARCHAR(200),
  CONSTRAINT ledger_reversal_uk UNIQUE (reverses)
);
CREATE INDEX ledger_account_ix ON reputation_ledger (account_id, on_day);
CREATE INDEX ledger_source_ix ON reputation_ledger (post_id, actor_id, event);
CREATE INDEX ledger_day_ix ON reputation_ledger (on_day);

CREATE TABLE badge_award (
  id         BIGINT PRIMARY KEY,
  account_id BIGINT      NOT NULL REFERENCES account (id),
  badge      VARCHAR(30) NOT NULL,
  source_id  BIGINT      NOT NULL,
  awarded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT badge_award_uk UNIQUE (account_id, badge, source_id)
);

CREATE TABLE visit_day (
  account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  on_day     DATE   NOT NULL,
  PRIMARY KEY (account_id, on_day)
);

CREATE TABLE notification (
  id           BIGINT PRIMARY KEY,
  recipient_id BIGINT       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  kind         VARCHAR(24)  NOT NULL,
  actor        VARCHAR(40),
  subject      VARCHAR(200) NOT NULL,
  url          VARCHAR(300) NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  read_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notification_inbox_ix ON notification (recipient_id, created_at);

CREATE TABLE thread_follow (
  question_id BIGINT NOT NULL REFERENCES post (id) ON DELETE CASCADE,
  account_id  BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  PRIMARY KEY (question_id, account_id)
);

CREATE TABLE mod_audit (
  id         BIGINT PRIMARY KEY,
  moderator  VARCHAR(40)  NOT NULL,
  action     VARCHAR(24)  NOT NULL,
  post_id    BIGINT,
  detail     VARCHAR(300),
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX mod_audit_ix ON mod_audit (created_at);

-- "Before you ask": a suggestion opened from the ask form; unasked after the visit = deflected.
CREATE TABLE suggestion_open (
  id         BIGINT PRIMARY KEY,
  visitor    VARCHAR(64)  NOT NULL,
  hit_type   VARCHAR(10)  NOT NULL,
  hit_id     VARCHAR(200) NOT NULL,
  title      VARCHAR(200),
  asked      BOOLEAN      NOT NULL DEFAULT FALSE,
  opened_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX suggestion_open_ix ON suggestion_open (visitor, opened_at);
