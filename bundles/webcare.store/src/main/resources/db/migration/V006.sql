-- the inbox's text search: each distinct word of a triaged mention's text
-- Lower case, without accents, at most 40 characters, so that a search reads an index range
-- instead of every text. Written with the triage results; items triaged before this version are
-- indexed when the database is migrated. No foreign key: it would need a second index over
-- millions of rows; removing mentions (the demo) removes their words first.
CREATE TABLE inbox_word (
    word VARCHAR(40) NOT NULL,
    mention_id BIGINT NOT NULL,
    PRIMARY KEY (word, mention_id)
);
