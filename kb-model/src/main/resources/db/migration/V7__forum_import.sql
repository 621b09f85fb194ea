-- Threads imported from another forum, by their key there, so that an import runs only once.
CREATE TABLE forum_import (
  source_key VARCHAR(80) PRIMARY KEY,
  post_id    BIGINT NOT NULL REFERENCES post (id) ON DELETE CASCADE
);
