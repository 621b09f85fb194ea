-- Reputation farming (issue 14, item 7): the digest of the address a post came from, so that a new
-- account cannot accept, minutes later, an answer written from the same address as its question.
ALTER TABLE post ADD COLUMN author_address VARCHAR(64);
