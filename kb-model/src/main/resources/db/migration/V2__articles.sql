-- The knowledge base: categories, articles with one translation per locale, revisions,
-- visitor feedback and the importer's conflict reports. Written for H2 and PostgreSQL alike.
INSERT INTO id_block (name, next_value) VALUES ('article', 0);
INSERT INTO id_block (name, next_value) VALUES ('translation', 0);
INSERT INTO id_block (name, next_value) VALUES ('revision', 0);
INSERT INTO id_block (name, next_value) VALUES ('feedback', 0);
INSERT INTO id_block (name, next_value) VALUES ('conflict', 0);

CREATE TABLE category (
  id         VARCHAR(60) PRIMARY KEY,
  sort_order INTEGER NOT NULL
);

CREATE TABLE category_name (
  category_id VARCHAR(60)  NOT NULL REFERENCES category (id) ON DELETE CASCADE,
  locale      VARCHAR(8)   NOT NULL,
  name        VARCHAR(200) NOT NULL,
  PRIMARY KEY (category_id, locale)
);

CREATE TABLE article (
  id          BIGINT PRIMARY KEY,
  slug        VARCHAR(120) NOT NULL,
  category_id VARCHAR(60) REFERENCES category (id),
  owner       VARCHAR(40),
  review_by   DATE,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  version     BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT article_slug_uk UNIQUE (slug)
);

CREATE TABLE article_translation (
  id             BIGINT PRIMARY KEY,
  article_id     BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  locale         VARCHAR(8)   NOT NULL,
  title          VARCHAR(300) NOT NULL,
  markdown       TEXT NOT NULL,
  html           TEXT NOT NULL,
  toc            TEXT NOT NULL,
  status         VARCHAR(20)  NOT NULL,
  updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_by     VARCHAR(40),
  published_at   TIMESTAMP WITH TIME ZONE,
  source_hash    VARCHAR(64),
  edited_in_site BOOLEAN NOT NULL DEFAULT FALSE,
  views          BIGINT  NOT NULL DEFAULT 0,
  helpful_yes    INTEGER NOT NULL DEFAULT 0,
  helpful_no     INTEGER NOT NULL DEFAULT 0,
  version        BIGINT  NOT NULL DEFAULT 0,
  CONSTRAINT translation_locale_uk UNIQUE (article_id, locale)
);

CREATE TABLE translation_tag (
  translation_id BIGINT NOT NULL REFERENCES article_translation (id) ON DELETE CASCADE,
  tag            VARCHAR(60) NOT NULL,
  PRIMARY KEY (translation_id, tag)
);

CREATE TABLE article_revision (
  id             BIGINT PRIMARY KEY,
  translation_id BIGINT NOT NULL REFERENCES article_translation (id) ON DELETE CASCADE,
  rev_number     INTEGER NOT NULL,
  title          VARCHAR(300) NOT NULL,
  markdown       TEXT NOT NULL,
  status         VARCHAR(20) NOT NULL,
  author         VARCHAR(40),
  note           VARCHAR(300),
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT revision_number_uk UNIQUE (translation_id, rev_number)
);

CREATE TABLE article_feedback (
  id             BIGINT PRIMARY KEY,
  translation_id BIGINT NOT NULL REFERENCES article_translation (id) ON DELETE CASCADE,
  visitor        VARCHAR(64) NOT NULL,
  helpful        BOOLEAN NOT NULL,
  comment_text   VARCHAR(2000),
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  handled        BOOLEAN NOT NULL DEFAULT FALSE,
  CONSTRAINT feedback_visitor_uk UNIQUE (translation_id, visitor)
);

CREATE TABLE import_conflict (
  id          BIGINT PRIMARY KEY,
  path        VARCHAR(500) NOT NULL,
  slug        VARCHAR(120),
  locale      VARCHAR(8),
  kind        VARCHAR(20) NOT NULL,
  detail      VARCHAR(1000) NOT NULL,
  file_hash   VARCHAR(64),
  detected_at TIMESTAMP WITH TIME ZONE NOT NULL,
  resolved    BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE INDEX translation_status_ix ON article_translation (locale, status);
CREATE INDEX feedback_open_ix ON article_feedback (translation_id, handled);
