-- Synonym groups per language, managed by editors, applied at query time.
INSERT INTO id_block (name, next_value) VALUES ('synonym', 0);

CREATE TABLE synonym_group (
  id          BIGINT PRIMARY KEY,
  locale      VARCHAR(8) NOT NULL,
  terms       VARCHAR(2000) NOT NULL,
  updated_by  VARCHAR(30) NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  version     BIGINT NOT NULL
);
CREATE INDEX synonym_group_locale_idx ON synonym_group (locale);
