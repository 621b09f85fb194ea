-- What "Popular" and "Recently updated" are made of (issue 21): views per translation and day
-- (the last 30 days feed "Popular"), the editors' pinned order for a site without readers yet,
-- and the content's real last change, which an import no longer stands in for.
CREATE TABLE article_view_day (
  translation_id BIGINT NOT NULL REFERENCES article_translation (id) ON DELETE CASCADE,
  viewed_on      DATE   NOT NULL,
  views          BIGINT NOT NULL,
  PRIMARY KEY (translation_id, viewed_on)
);

ALTER TABLE article ADD COLUMN pinned INTEGER;

ALTER TABLE article_translation ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;

-- an edit made in the site is a real change; an import's time says nothing about the content
UPDATE article_translation SET changed_at = updated_at WHERE edited_in_site = TRUE;

CREATE INDEX view_day_ix ON article_view_day (viewed_on);
