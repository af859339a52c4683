-- which incidents a message is linked to, asked each time its answer is written (the composer offers their holding statements)
CREATE INDEX incident_mention_by_mention ON incident_mention (mention_id);
