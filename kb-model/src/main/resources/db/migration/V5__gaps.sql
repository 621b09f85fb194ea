-- The article-gap report: failed searches grouped into gaps, aggregated incrementally.

-- What a visitor did after a search that tells it did not help (asked, escalated, not helpful).
ALTER TABLE search_log ADD COLUMN follow_up VARCHAR(20);

INSERT INTO id_block (name, next_value) VALUES ('gap', 0);
INSERT INTO id_block (name, next_value) VALUES ('gap_query', 0);

-- How far the aggregation has read the search log: (searched_at, id) of the last entry read.
CREATE TABLE gap_cursor (
  id          INTEGER PRIMARY KEY,
  read_to     TIMESTAMP WITH TIME ZONE NOT NULL,
  read_to_id  BIGINT NOT NULL,
  runs        BIGINT NOT NULL
);
INSERT INTO gap_cursor (id, read_to, read_to_id, runs) VALUES (1, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00', 0, 0);

CREATE TABLE gap (
  id              BIGINT PRIMARY KEY,
  locale          VARCHAR(8) NOT NULL,
  label           VARCHAR(200) NOT NULL,
  status          VARCHAR(12) NOT NULL,
  assignee        VARCHAR(30),
  article_slug    VARCHAR(100),
  reason          VARCHAR(500),
  verified        BOOLEAN NOT NULL,
  note            VARCHAR(500),
  searches        BIGINT NOT NULL,
  failed_since    BIGINT NOT NULL,
  first_seen      TIMESTAMP WITH TIME ZONE NOT NULL,
  last_seen       TIMESTAMP WITH TIME ZONE NOT NULL,
  status_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  version         BIGINT NOT NULL
);
CREATE INDEX gap_locale_idx ON gap (locale, status);
CREATE INDEX gap_article_idx ON gap (article_slug);

-- Each distinct failed query text (normalized) belongs to one gap; counts are all-time.
CREATE TABLE gap_query (
  id          BIGINT PRIMARY KEY,
  gap_id      BIGINT NOT NULL REFERENCES gap (id),
  locale      VARCHAR(8) NOT NULL,
  normalized  VARCHAR(200) NOT NULL,
  sample      VARCHAR(200) NOT NULL,
  terms       VARCHAR(2000) NOT NULL,
  searches    BIGINT NOT NULL,
  CONSTRAINT gap_query_text_uq UNIQUE (locale, normalized)
);
CREATE INDEX gap_query_gap_idx ON gap_query (gap_id, searches);

-- How many of a gap's searches contain each analyzed term: its core is what most of them share.
CREATE TABLE gap_term (
  gap_id    BIGINT NOT NULL REFERENCES gap (id),
  term      VARCHAR(100) NOT NULL,
  searches  BIGINT NOT NULL,
  PRIMARY KEY (gap_id, term)
);

-- Per gap and day (UTC): what the report ranks, filters by date and draws as a sparkline.
CREATE TABLE gap_day (
  gap_id       BIGINT NOT NULL REFERENCES gap (id),
  on_day          DATE NOT NULL,
  searches     INTEGER NOT NULL,
  visitors     INTEGER NOT NULL,
  zero_result  INTEGER NOT NULL,
  no_click     INTEGER NOT NULL,
  not_helpful  INTEGER NOT NULL,
  escalations  INTEGER NOT NULL,
  PRIMARY KEY (gap_id, on_day)
);
CREATE INDEX gap_day_day_idx ON gap_day (on_day, gap_id);

-- The visitors behind a gap per day, for distinct-visitor counts.
CREATE TABLE gap_visitor (
  gap_id   BIGINT NOT NULL REFERENCES gap (id),
  on_day      DATE NOT NULL,
  visitor  VARCHAR(64) NOT NULL,
  PRIMARY KEY (gap_id, on_day, visitor)
);

-- All (not only failed) searches per day and locale, for the dashboard cards.
CREATE TABLE search_day (
  on_day          DATE NOT NULL,
  locale       VARCHAR(8) NOT NULL,
  searches     INTEGER NOT NULL,
  zero_result  INTEGER NOT NULL,
  clicked      INTEGER NOT NULL,
  failed       INTEGER NOT NULL,
  PRIMARY KEY (on_day, locale)
);

CREATE TABLE query_day (
  on_day         DATE NOT NULL,
  locale      VARCHAR(8) NOT NULL,
  normalized  VARCHAR(200) NOT NULL,
  sample      VARCHAR(200) NOT NULL,
  searches    INTEGER NOT NULL,
  failed      INTEGER NOT NULL,
  PRIMARY KEY (on_day, locale, normalized)
);
