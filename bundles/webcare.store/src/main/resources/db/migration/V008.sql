-- the inbox's word index in blocks: one row per word and triage batch instead of per word and item
-- A row holds the batch's items with the word: first_id, last_id and in ids each further id as
-- its difference to the one before, ascending, as unsigned LEB128 varints (WordIndex.Block). A
-- thousand real posts have about 16,000 words but 4,000 distinct ones: a quarter of the rows to
-- insert, and a search reads a word's items off fewer rows. No primary key: (word, first_id) is
-- unique as written (an item is indexed once, in one batch), and a unique check costs every insert.
-- The items of inbox_word are indexed anew from their texts when the database is opened after
-- this migration (WordIndex.backfill, which the mark below starts and which a stopped open
-- resumes). PostgreSQL has no VARBINARY: there this one word is BYTEA.
CREATE TABLE inbox_posting (
    word VARCHAR(40) NOT NULL,
    first_id BIGINT NOT NULL,
    last_id BIGINT NOT NULL,
    ids VARBINARY NOT NULL
);
CREATE INDEX inbox_posting_by_word ON inbox_posting (word, first_id);
DROP TABLE inbox_word;
-- from the first item: WordIndex.backfill moves the mark with each chunk and removes it when done
INSERT INTO database_info (name, info_value) VALUES ('inbox_posting backfilled after mention', '0');
