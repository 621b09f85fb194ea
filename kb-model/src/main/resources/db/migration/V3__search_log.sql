-- Every search (typed prefixes within a few seconds merged into one row), for the gap report.
INSERT INTO id_block (name, next_value) VALUES ('search', 0);

CREATE TABLE search_log (
  id           BIGINT PRIMARY KEY,
  searched_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  query_text   VARCHAR(200) NOT NULL,
  normalized   VARCHAR(200) NOT NULL,
  locale       VARCHAR(8) NOT NULL,
  hits         INTEGER NOT NULL,
  top_ids      VARCHAR(1000) NOT NULL,
  clicked_type VARCHAR(20),
  clicked_id   VARCHAR(200),
  clicked_at   TIMESTAMP WITH TIME ZONE,
  visitor      VARCHAR(64) NOT NULL,
  username     VARCHAR(30),
  user_role    VARCHAR(20) NOT NULL,
  staff        BOOLEAN NOT NULL,
  bot          BOOLEAN NOT NULL,
  channel      VARCHAR(10) NOT NULL
);
CREATE INDEX search_log_visitor_idx ON search_log (visitor, searched_at);
CREATE INDEX search_log_time_idx ON search_log (searched_at);
